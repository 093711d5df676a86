"""English bodies and posts: patterns of the genre found on fresh development articles (round 3,
organizations / posts / post bodies)."""

from convene.ingest.en import extract_en
from convene.ingest.facts import Article


def _x(text: str, source: str | None = None):
    art = Article("t.txt", text, "en", text.split("\n", 1)[0], "2024-05-10", source)
    return extract_en(art)


def _orgs(x) -> dict[str, str | None]:
    return {o.name: o.part_of for o in x.organizations}


def _aliases(x) -> set[str]:
    return {a for o in x.organizations for a in (o.name, *o.aliases)}


def _posts(x) -> set[tuple[str, str, str | None]]:
    return {(p.name, q.title, q.organization) for p in x.persons for q in p.posts}


def test_a_district_page_names_its_bodies_with_the_city():
    x = _x(
        "Our district held a flood meeting\nOn May 8, the Municipal Party Committee of Hengyang "
        "held a video meeting. Mo Lihua, Secretary of the District Party Committee, attended at "
        "the Qishan District branch venue. Qishan District leaders and Qishan District staff "
        "attended. Hengyang Municipal officials spoke."
    )
    assert ("Mo Lihua", "Secretary", "Hengyang Qishan District Party Committee") in _posts(x)


def test_cpc_city_district_committee_is_that_district_party_committee():
    x = _x(
        "Headline\nOn May 8, the Standing Committee of the CPC Weifang Kuiwen District Committee "
        "held a meeting. Lu Anping, Secretary of the District Party Committee, presided."
    )
    orgs = _orgs(x)
    assert orgs["Standing Committee of the Weifang Kuiwen District Party Committee"] == (
        "Weifang Kuiwen District Party Committee"
    )
    assert "CPC Weifang Kuiwen District Committee" in _aliases(x)


def test_a_part_of_a_named_university_names_the_university_too():
    x = _x(
        "Headline\nOn May 8, the Party Committee of Harbin Polytechnic University of Aviation "
        "held a meeting. Ding Lirong, Professor of the School of Physics of Northeast Forestry "
        "University, gave a lecture."
    )
    orgs = _orgs(x)
    assert orgs["Party Committee of Harbin Polytechnic University of Aviation"] == (
        "Harbin Polytechnic University of Aviation"
    )
    assert "Harbin Polytechnic University of Aviation" in orgs
    assert orgs["School of Physics of Northeast Forestry University"] == (
        "Northeast Forestry University"
    )


def test_a_company_page_calls_itself_the_company():
    x = _x(
        "Headline\nOn May 8, the Theory Learning Center Group of the Party Committee of Hengda "
        "Pump Valve Co., Ltd. held a study meeting. Ma Qiang, Secretary of the Party Committee and "
        "Chairman of the company, presided over the study. The company's Party Committee set the "
        "tasks. Wei Lan, Deputy Head of the Third Inspection Team of the Party Committee of Hengda "
        "Holding Corporation Limited, attended."
    )
    orgs = _orgs(x)
    company = "Hengda Pump Valve Co., Ltd."
    group = f"Theory Learning Center Group of the Party Committee of {company}"
    assert orgs[group] == f"Party Committee of {company}"
    assert orgs[f"Party Committee of {company}"] == company
    team = "Third Inspection Team of the Party Committee of Hengda Holding Corporation Limited"
    assert orgs[team] == "Party Committee of Hengda Holding Corporation Limited"
    posts = _posts(x)
    assert ("Ma Qiang", "Secretary", f"Party Committee of {company}") in posts
    assert ("Ma Qiang", "Chairman", company) in posts
    assert ("Wei Lan", "Deputy Head", team) in posts


def test_a_branch_of_a_national_bank_by_its_short_name():
    x = _x(
        "Headline\nOn May 8, the Party Committee of the Wuhu Branch of the People's Bank of China "
        "held a meeting. Lu Ping, Secretary of the Party Committee and President of the Wuhu "
        "Branch, presided. The university and the company were not named."
    )
    orgs = _orgs(x)
    branch = "Wuhu Branch of the People's Bank of China"
    assert orgs[branch] == "People's Bank of China"
    assert orgs[f"Party Committee of the {branch}"] == branch
    assert ("Lu Ping", "President", branch) in _posts(x)
    assert not any(n.startswith("University") or n == "Company" for n in orgs)


def test_head_of_the_district_is_the_district_governments_post():
    x = _x(
        "Headline\nOn May 3, the Qishan District Party Committee held a meeting. Li Ming, Deputy "
        "Secretary of the District Party Committee and Head of the District, and Wang Hao, "
        "executive deputy head of the district, attended. Qishan District staff attended."
    )
    posts = _posts(x)
    assert ("Li Ming", "Head of the District", "Qishan District People's Government") in posts
    assert (
        "Wang Hao",
        "Executive Deputy Head of the District",
        "Qishan District People's Government",
    ) in posts


def test_district_committee_of_the_communist_party_of_china():
    x = _x(
        "Headline\nOn May 3, the Standing Committee of the Hengyang Qishan District Committee of "
        "the Communist Party of China held a meeting. The Hengyang Municipal Committee of the CPC "
        "sent a letter."
    )
    orgs = _orgs(x)
    assert orgs["Standing Committee of the Hengyang Qishan District Party Committee"] == (
        "Hengyang Qishan District Party Committee"
    )
    assert "Hengyang Municipal Party Committee" in orgs
    assert "Hengyang Qishan District Committee of the Communist Party of China" in _aliases(x)


def test_numbered_groups_of_a_body_also_by_possessive():
    x = _x(
        "Headline\nOn May 3, the Qishan District Party Committee held a meeting. Li Ming, Head of "
        "the Second Inspection Team of the Hunan Provincial Party Committee, attended; the "
        "comrades of the Hengyang Municipal Party Committee's Fourth Supervision Group attended. "
        "Zhou Qi, head of the Discipline Inspection and Supervision Group of the Central "
        "Commission for Discipline Inspection, attended."
    )
    orgs = _orgs(x)
    team = "Second Inspection Team of the Hunan Provincial Party Committee"
    assert orgs[team] == "Hunan Provincial Party Committee"
    assert ("Li Ming", "Head", team) in _posts(x)
    group = "Fourth Supervision Group of the Hengyang Municipal Party Committee"
    assert orgs[group] == "Hengyang Municipal Party Committee"
    assert not any(o.startswith("Supervision Group") for o in orgs)


def test_a_discipline_inspection_team_stationed_in_a_branch():
    x = _x(
        "Headline\nOn May 3, the Party Committee of the Wuhu Branch of the People's Bank of China "
        "held a meeting. Zhen Hao, Head of the Discipline Inspection Team of the Party Committee "
        "of the People's Bank of China stationed in the Wuhu Branch, attended."
    )
    team = (
        "Discipline Inspection Team of the Party Committee of the People's Bank of China "
        "Stationed in the Wuhu Branch"
    )
    assert ("Zhen Hao", "Head", team) in _posts(x)
    orgs = _orgs(x)
    assert orgs[team] == "Party Committee of the People's Bank of China"
    assert "Inspection Team of the Party Committee of the People's Bank of China" not in orgs


def test_a_plural_title_after_two_names_is_both_names():
    x = _x(
        "Headline\nOn May 3, the Party Committee of the Wuhu Branch of the People's Bank of China "
        "held a meeting. Chang Li and Dou Ping, Members of the Party Committee and Vice "
        "Presidents of the Wuhu Branch, attended."
    )
    branch = "Wuhu Branch of the People's Bank of China"
    posts = _posts(x)
    for name in ("Chang Li", "Dou Ping"):
        assert (name, "Member", f"Party Committee of the {branch}") in posts
        assert (name, "Vice President", branch) in posts


def test_a_group_company_page_in_lower_case():
    x = _x(
        "The Party Committee of the Group Company held a meeting\nOn May 3, the Party Committee "
        "of Hengyang Iron and Steel (Group) Co., Ltd. held a meeting. Ma Qiang, secretary of the "
        "party committee and chairman of the board of directors of the group company, presided. "
        "Before the meeting, the group company party committee made preparations. Deputy "
        "secretary of the party committee, director and general manager Wei Lan spoke."
    )
    company = "Hengyang Iron and Steel (Group) Co., Ltd."
    party = f"Party Committee of {company}"
    assert _orgs(x)[party] == company
    assert "Hengyang Municipal Party Committee" not in _orgs(x)
    assert "Group Company" not in _orgs(x)
    posts = _posts(x)
    assert ("Ma Qiang", "Secretary", party) in posts
    assert ("Ma Qiang", "Chairman of the Board of Directors", company) in posts
    assert ("Wei Lan", "Deputy Secretary", party) in posts
    assert ("Wei Lan", "General Manager", company) in posts


def test_a_local_tax_bureau_named_with_its_national_administration():
    x = _x(
        "State Taxation Administration Hulunbuir Municipal Taxation Bureau > News\nThe bureau "
        "held a conference\nYesterday, the State Taxation Administration Hulunbuir Municipal "
        "Taxation Bureau held the 2025 taxation work conference. Secretary of the party committee "
        "and director of the bureau Bai Jing attended, and deputy director Ha Sirun presided."
    )
    bureau = "State Taxation Administration Hulunbuir Municipal Taxation Bureau"
    assert _orgs(x)[bureau] == "State Taxation Administration"
    assert "State Taxation Administration" in _orgs(x)
    posts = _posts(x)
    assert ("Bai Jing", "Secretary", f"Party Committee of the {bureau}") in posts
    assert ("Bai Jing", "Director", bureau) in posts
    assert ("Ha Sirun", "Deputy Director", bureau) in posts


def test_a_bureau_named_by_a_list_of_fields():
    x = _x(
        "Headline\nOn May 3, Yu Lin was appointed director of the Sanya Municipal Housing and "
        "Urban-Rural Development Bureau, and Qi Bo director of the Sanya Municipal Tourism, "
        "Culture, Radio, Television and Sports Bureau."
    )
    orgs = _orgs(x)
    assert "Sanya Municipal Housing and Urban-Rural Development Bureau" in orgs
    assert "Sanya Municipal Tourism, Culture, Radio, Television and Sports Bureau" in orgs


def test_a_party_committee_carries_its_official_forms():
    x = _x(
        "Headline\nOn May 3, the Standing Committee of the Hengyang Municipal Party Committee "
        "held a meeting."
    )
    (org,) = [o for o in x.organizations if o.name == "Hengyang Municipal Party Committee"]
    assert "Hengyang Municipal Committee of the Communist Party of China" in org.aliases
    assert "CPC Hengyang Municipal Committee" in org.aliases
    (sc,) = [o for o in x.organizations if o.name.startswith("Standing Committee")]
    assert (
        "Standing Committee of the Hengyang Municipal Committee of the Communist Party of China"
        in sc.aliases
    )


def test_a_district_of_a_municipality_carries_the_municipality():
    x = _x(
        "Dazu District News\nOn May 3, Chongqing held a video conference. Dazu District attended "
        "at the branch venue. Hou Jing, Deputy Secretary of the District Party Committee, spoke. "
        "Dazu District leaders attended."
    )
    assert ("Hou Jing", "Deputy Secretary", "Chongqing Dazu District Party Committee") in _posts(x)


def test_a_department_of_a_ministry_named_by_its_acronym():
    x = _x(
        "Headline\nOn May 3, the Ministry of Water Management (MWM) held a meeting. Li Ming, "
        "Director of the Department of Flood Control and Drought Relief of the MWM, spoke. The "
        "Forest Assets Supervision and Administration Commission of the State Council (FASAC) "
        "sent Wang Hao, Director of the Bureau of Enterprise Reform of FASAC."
    )
    dept = "Department of Flood Control and Drought Relief of the Ministry of Water Management"
    commission = "Forest Assets Supervision and Administration Commission of the State Council"
    bureau = f"Bureau of Enterprise Reform of {commission}"
    orgs = _orgs(x)
    assert orgs[dept] == "Ministry of Water Management"
    assert orgs[bureau] == commission
    posts = _posts(x)
    assert ("Li Ming", "Director", dept) in posts
    assert ("Wang Hao", "Director", bureau) in posts


def test_an_office_written_after_its_body():
    x = _x(
        "Headline\nSource: Municipal CPPCC Office\nOn May 3, the Hangzhou Municipal People's "
        "Government Information Office held a press conference. Li Ming, Deputy Director of the "
        "Hangzhou Municipal People's Government Information Office, presided. The Hangzhou "
        "Municipal CPPCC sent a letter. The State Council Information Office was named."
    )
    office = "Hangzhou Municipal People's Government Information Office"
    orgs = _orgs(x)
    assert orgs[office] == "Hangzhou Municipal People's Government"
    assert ("Li Ming", "Deputy Director", office) in _posts(x)
    assert "Hangzhou Municipal CPPCC Office" in orgs
    assert "Information Office of the State Council" not in orgs


def test_a_department_after_a_party_committee_in_a_chain_is_that_committees():
    x = _x(
        "Headline\nOn May 3, relevant comrades of the Organization Department of the Jiangsu "
        "Provincial Party Committee attended a meeting of the Nanjing Municipal Party Committee. "
        "Yuan Li, Member of the Standing Committee of the Nanjing Municipal Party Committee and "
        "Minister of the Organization Department, reported."
    )
    assert (
        "Yuan Li",
        "Minister",
        "Organization Department of the Nanjing Municipal Party Committee",
    ) in _posts(x)


def test_members_of_the_group_of_the_ministry_before_names():
    x = _x(
        "Headline\nOn May 3, the Ministry of Water Resources held a conference. Tan Li, Secretary "
        "of the Party Leadership Group of the Ministry of Water Resources and Minister, presided. "
        "Members of the Party Leadership Group of the Ministry Ding Xiao, Zhuo Wen and Ha Li "
        "attended."
    )
    group = "Party Leadership Group of the Ministry of Water Resources"
    posts = _posts(x)
    for name in ("Ding Xiao", "Zhuo Wen", "Ha Li"):
        assert (name, "Member", group) in posts


def test_a_department_after_the_ministrys_own_post():
    x = _x(
        "Headline\nOn Thursday, the Ministry of Trade held a press conference. Shen Bo, "
        "spokesperson of the Ministry of Trade and Deputy Director of the Information Office, "
        "presided. Ye Lan, Deputy Head of the Third Inspection Team of the Ministry of Trade, and "
        "members of the inspection team attended."
    )
    posts = _posts(x)
    assert ("Shen Bo", "Deputy Director", "Information Office of the Ministry of Trade") in posts
    assert not any(o.startswith("Inspection Team of the Third") for o in _orgs(x))


def test_leader_of_a_group_is_a_post_but_leaders_describe():
    x = _x(
        "Headline\nOn May 3, the Hengyang Municipal Taxation Bureau held a conference. Yu Xiao, "
        "leader of the Discipline Inspection Group of the Hunan Provincial Taxation Bureau "
        "stationed in the Hengyang Municipal Taxation Bureau, spoke. Municipal leaders Ma Li and "
        "Qi Bo attended. Leaders of the bureau Wen Tao and Lu Yi were present. Chief economist "
        "Ling Hong, Commander-in-chief of the Municipal Flood Control Headquarters Xue Dong and "
        "judge Tan Yu of the Hengyang Intermediate People's Court attended."
    )
    posts = _posts(x)
    titles = {(p, t) for p, t, _ in posts}
    assert ("Yu Xiao", "Leader") in titles
    assert not {n for n, t in titles if t == "Leader"} - {"Yu Xiao"}
    assert ("Ling Hong", "Chief Economist") in titles
    assert (
        "Xue Dong",
        "Commander-in-chief",
        "Hengyang Municipal Flood Control Headquarters",
    ) in posts
    assert ("Tan Yu", "Judge", "Hengyang Municipal Intermediate People's Court") in posts


def test_a_university_page_names_its_schools_without_the_university():
    x = _x(
        "Headline\nOn May 3, the Party Committee of Harbin Polytechnic University of Aviation "
        "held its party building conference. The Party Committee of the School of Materials "
        "Science and Engineering, the Party Committee of the School of Physics and Tang Yu, "
        "Secretary of a Party Branch, made speeches. The university will go on."
    )
    univ = "Harbin Polytechnic University of Aviation"
    orgs = _orgs(x)
    assert orgs[f"School of Physics of the {univ}"] == univ
    school = f"School of Materials Science and Engineering of the {univ}"
    assert orgs[school] == univ
    assert orgs[f"Party Committee of the {school}"] == school
    assert not any("Tang Yu" in o for o in orgs)


def test_a_commission_and_the_supervisory_commission_are_two_bodies():
    x = _x(
        "Headline\nOn May 3, the Hunan Provincial Department of Forestry held a meeting. Wu Dong, "
        "Head of the Discipline Inspection and Supervision Team of the Provincial Commission for "
        "Discipline Inspection and Provincial Supervisory Commission stationed in the department, "
        "attended."
    )
    orgs = _orgs(x)
    assert "Hunan Provincial Commission for Discipline Inspection" in orgs
    assert not any(o.endswith("Inspection and Provincial Supervisory Commission") for o in orgs)


def test_lower_case_district_bodies_and_their_detachments():
    x = _x(
        "Dazu District News\nOn May 3, our district held a food safety meeting. Dazu District "
        "leaders attended. Both the district health commission and the law enforcement "
        "detachment of the district market supervision administration should act; the Yongchuan "
        "Branch of the "
        "Chongqing Municipal Public Security Bureau attended. Dazu District staff attended."
    )
    orgs = _orgs(x)
    assert "Chongqing Dazu District Health Commission" in orgs
    admin = "Chongqing Dazu District Market Supervision Administration"
    assert orgs[f"Law Enforcement Detachment of the {admin}"] == admin
    bureau = "Chongqing Municipal Public Security Bureau"
    assert orgs[f"Yongchuan Branch of the {bureau}"] == bureau
