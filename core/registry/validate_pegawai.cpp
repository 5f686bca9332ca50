// Rules on `unit` and `pegawai`: keys, codes, enumerations and the NIP's own facts
// (birth date, appointment, sex digit), DATA.md section 3.
#include "validate_context.hpp"
#include "anonymize.hpp"

namespace kompilasi::detail {
namespace {

constexpr std::uint64_t kPow10[] = {1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL,
                                    10000000ULL, 100000000ULL, 1000000000ULL, 10000000000ULL,
                                    100000000000ULL, 1000000000000ULL, 10000000000000ULL,
                                    100000000000000ULL};

// Digits from..to (1-based, inclusive) of an 18-digit NIP, as a number.
int digits(std::uint64_t nip, int from, int to) {
  return static_cast<int>(nip / kPow10[18 - to] % kPow10[to - from + 1]);
}

// Breaks any loop in the unit tree (a unit that is its own ancestor): the unit that closes
// the loop loses its parent and gets a finding on `induk`.
void break_unit_cycles(Ctx& x) {
  auto& parent = x.v.norm.unit_parent;
  const std::size_t n = parent.size();
  std::vector<std::uint8_t> state(n, 0);  // 0 new, 1 on the current path, 2 done
  std::vector<std::int32_t> path;
  for (std::size_t start = 0; start < n; ++start) {
    if (state[start]) continue;
    path.clear();
    std::int32_t u = static_cast<std::int32_t>(start);
    while (u != kNone && state[static_cast<std::size_t>(u)] == 0) {
      state[static_cast<std::size_t>(u)] = 1;
      path.push_back(u);
      u = parent[static_cast<std::size_t>(u)];
    }
    if (u != kNone && state[static_cast<std::size_t>(u)] == 1) {
      const std::int32_t last = path.back();  // its parent is on the path: the loop closes here
      parent[static_cast<std::size_t>(last)] = kNone;
      const Table& t = x.c.table(TableId::unit);
      x.add(Rule::UNIT_TIDAK_DIKENAL, Severity::error, TableId::unit, static_cast<std::size_t>(last),
            col::unit::induk, x.text(t.id_at(static_cast<std::size_t>(last), col::unit::induk)), 0, "siklus");
    }
    for (std::int32_t p : path) state[static_cast<std::size_t>(p)] = 2;
  }
}

}  // namespace

void start_unit(Ctx& x) {
  const std::size_t n = x.c.table(TableId::unit).rows();
  x.v.norm.unit_parent.assign(n, kNone);
  x.unit_by_code = FlatMap<std::uint64_t>(n);
}

void check_unit(Ctx& x, std::size_t from, std::size_t to) {
  using namespace col::unit;
  const TableId T = TableId::unit;
  const Table& t = x.c.table(T);
  for (std::size_t r = from; r < to; ++r) {
    const std::uint32_t empty = check_required(x, T, r);
    if (!(empty & (1u << kode_unit))) {
      const std::uint32_t first = x.unit_by_code.try_emplace(x.canon_cell(t.id_at(r, kode_unit)), static_cast<std::uint32_t>(r));
      if (first != r)
        x.add(Rule::KUNCI_GANDA, Severity::error, T, r, kode_unit, x.text(t.id_at(r, kode_unit)), x.src_row(T, first));
    }
    const std::uint32_t jenis_id = t.id_at(r, jenis);
    if (!x.blank(jenis_id) && !parse_jenis_unit(x.text(jenis_id)))
      x.add(Rule::NILAI_TIDAK_DIKENAL, Severity::warning, T, r, jenis, x.text(jenis_id), 0,
            "sekretariat, dinas, badan, kecamatan, kelurahan, lainnya");
  }
}

void check_unit_parents(Ctx& x, std::size_t from, std::size_t to) {
  using namespace col::unit;
  const TableId T = TableId::unit;
  const Table& t = x.c.table(T);
  for (std::size_t r = from; r < to; ++r) {
    const std::uint32_t induk_id = t.id_at(r, induk);
    if (x.blank(induk_id)) continue;
    const std::uint32_t p = x.unit_row(induk_id);
    if (p == kNoIndex)
      x.add(Rule::UNIT_TIDAK_DIKENAL, Severity::error, T, r, induk, trim(x.text(induk_id)));
    else
      x.v.norm.unit_parent[r] = static_cast<std::int32_t>(p);
  }
}

void finish_unit(Ctx& x) { break_unit_cycles(x); }

void start_pegawai(Ctx& x) {
  const Table& t = x.c.table(TableId::pegawai);
  const std::size_t n = t.rows();
  Normalized& norm = x.v.norm;
  norm.pegawai_nip.assign(n, 0);
  norm.pegawai_unit.assign(n, kNone);
  x.pegawai_index->by_nip = FlatMap<std::uint64_t>(n);
  // Sized to the largest id of a NIP cell, not to the whole pool (at 1M ASN half of it is the
  // ids of the tables read after pegawai): a larger id is no NIP cell's, and lookups check
  // the size.
  std::uint32_t last = 0;
  for (std::size_t r = 0; r < n; ++r) last = std::max(last, t.id_at(r, col::pegawai::nip));
  x.pegawai_index->by_cell.assign(std::size_t{last} + 1, kNoIndex);
  x.pegawai_named.assign(n, 0);
}

void check_pegawai(Ctx& x, std::size_t from, std::size_t to) {
  using namespace col::pegawai;
  const TableId T = TableId::pegawai;
  const Table& t = x.c.table(T);
  Normalized& norm = x.v.norm;
  const bool have_at = x.at.has_value();
  const int at_y = have_at ? x.at->y : 0, at_m = have_at ? x.at->m : 0;

  for (std::size_t r = from; r < to; ++r) {
    const std::uint32_t empty = check_required(x, T, r);

    std::optional<JenisAsn> jenis;
    const std::uint32_t jenis_id = t.id_at(r, jenis_asn);
    if (!(empty & (1u << jenis_asn))) {
      jenis = parse_jenis_asn(x.text(jenis_id));
      if (!jenis) x.add(Rule::NILAI_TIDAK_DIKENAL, Severity::error, T, r, jenis_asn, x.text(jenis_id), 0, "PNS, PPPK");
    }
    std::optional<Kelamin> jk;
    const std::uint32_t jk_id = t.id_at(r, jenis_kelamin);
    if (!x.blank(jk_id)) {
      jk = parse_kelamin(x.text(jk_id));
      if (!jk) x.add(Rule::NILAI_TIDAK_DIKENAL, Severity::warning, T, r, jenis_kelamin, x.text(jk_id), 0, "L, P");
    }
    if (!(empty & (1u << kode_unit))) {
      const std::uint32_t unit_id = t.id_at(r, kode_unit);
      const std::uint32_t u = x.unit_row(unit_id);
      if (u == kNoIndex)
        x.add(Rule::UNIT_TIDAK_DIKENAL, Severity::error, T, r, kode_unit, trim(x.text(unit_id)));
      else
        norm.pegawai_unit[r] = static_cast<std::int32_t>(u);
    }

    if (empty & (1u << nip)) continue;
    const std::uint32_t nip_id = t.id_at(r, nip);
    const std::string_view nip_text = x.text(nip_id);
    std::uint32_t carried = 0;
    const auto parsed = nip_value(x, nip_text, &carried);
    if (!parsed) {
      x.add(Rule::NIP_FORMAT, Severity::error, T, r, nip, nip_text, 0, x.anon ? "anonim" : "");
      continue;
    }
    const std::uint64_t v = *parsed;
    norm.pegawai_nip[r] = v;
    const std::uint32_t first = x.pegawai_index->by_nip.try_emplace(v, static_cast<std::uint32_t>(r));
    if (x.pegawai_index->by_cell[nip_id] == kNoIndex) x.pegawai_index->by_cell[nip_id] = first;
    if (first != r) {
      // the NIP's own facts were checked on the first row: this row is only the repeat
      x.add(Rule::NIP_GANDA, Severity::error, T, r, nip, nip_text, x.src_row(T, first));
      continue;
    }
    if (x.anon) {  // the digits are gone: the pseudonym carries what they said
      for (Rule rule : kCarriedNipRules)
        if (carried & (1u << static_cast<unsigned>(rule))) x.add(rule, carried_severity(rule), T, r, nip, nip_text, 0, "anonim");
      continue;
    }

    const int by = digits(v, 1, 4), bm = digits(v, 5, 6), bd = digits(v, 7, 8);
    const int ty = digits(v, 9, 12), tm = digits(v, 13, 14), sex = digits(v, 15, 15);
    const bool birth_ok = by >= 1940 && valid_date(by, bm, bd);
    if (!birth_ok) x.add(Rule::NIP_TANGGAL_LAHIR, Severity::error, T, r, nip, nip_text, 0, format_nip(v).substr(0, 8));

    const bool pppk = jenis ? *jenis == JenisAsn::pppk : (tm > 12 && ty >= 2019);
    bool tmt_ok;
    if (pppk) {
      tmt_ok = ty >= 2019 && (!have_at || ty <= at_y) && (!birth_ok || ty - by >= 18);
    } else {
      tmt_ok = tm >= 1 && tm <= 12 && (!have_at || ty * 12 + tm <= at_y * 12 + at_m) &&
               (!birth_ok || (ty * 12 + tm) - (by * 12 + bm) >= 18 * 12);
    }
    if (!tmt_ok) x.add(Rule::NIP_TMT, Severity::error, T, r, nip, nip_text, 0, pppk ? "PPPK" : "PNS");

    if (sex != 1 && sex != 2) {
      x.add(Rule::NIP_KELAMIN, Severity::error, T, r, nip, nip_text, 0, std::to_string(sex));
    } else if (jk && (*jk == Kelamin::l) != (sex == 1)) {
      x.add(Rule::NIP_KELAMIN_BEDA, Severity::warning, T, r, jenis_kelamin, x.text(jk_id), 0, sex == 1 ? "L" : "P");
    }

    if (birth_ok && have_at) {
      const int age = completed_years({by, bm, bd}, *x.at);
      if (age >= 65) x.add(Rule::PEGAWAI_USIA, Severity::warning, T, r, nip, nip_text, 0, std::to_string(age));
    }
  }
}

void check_pegawai_tanpa_akun(Ctx& x, std::size_t from, std::size_t to) {
  const TableId T = TableId::pegawai;
  const Table& t = x.c.table(T);
  const auto& nips = x.v.norm.pegawai_nip;
  for (std::size_t r = from; r < to; ++r) {
    if (!nips[r]) continue;
    const std::uint32_t first = x.pegawai_index->by_nip.find(nips[r]);
    if (!x.pegawai_named[first])
      x.add(Rule::PEGAWAI_TANPA_AKUN, Severity::info, T, r, col::pegawai::nip, x.text(t.id_at(r, col::pegawai::nip)));
  }
}

}  // namespace kompilasi::detail
