namespace KoNewsParse.Benchmarks.Corpus;

/// <summary>
/// The benchmark corpus vocabulary: real listed company names (names are facts) and sentence templates written for this
/// project. Slots: {C}/{C2} company, {M} money, {K} share price, {X} exchange rate, {U} dollars with a won conversion,
/// {D} date, {N} people, {F} firms, {H} shares, {Z} competition ratio, {Q} multiple, {P} percent, {S} sector, {R} product,
/// {W} person, {A} agency. A particle written right after a slot (은/는, 이/가, 을/를, 과/와, 으로/로) is made to agree with
/// the slot's last syllable.
/// </summary>
internal static class NewsVocabulary
{
    public static readonly string[] Companies =
    [
        "삼성전자", "SK하이닉스", "LG에너지솔루션", "삼성바이오로직스", "현대차", "기아", "셀트리온", "POSCO홀딩스", "네이버", "NAVER",
        "카카오", "LG화학", "삼성SDI", "KB금융", "신한지주", "현대모비스", "카카오뱅크", "삼성물산", "SK이노베이션", "LG전자",
        "하나금융지주", "크래프톤", "엔씨소프트", "넷마블", "한화에어로스페이스", "HD현대중공업", "대한항공", "아모레퍼시픽", "CJ제일제당",
        "롯데케미칼", "에코프로비엠", "에코프로", "알테오젠", "HLB", "펄어비스", "두산에너빌리티", "한국전력", "KT", "SK텔레콤",
        "LG유플러스", "삼성생명", "삼성화재", "고려아연", "포스코퓨처엠", "한미반도체", "엘앤에프", "리노공업", "하이브", "카카오페이",
        "우리금융지주", "기업은행", "메리츠금융지주", "삼성중공업", "한화오션", "HMM", "S-Oil", "GS건설", "현대건설", "이마트", "오리온",
        "농심", "BGF리테일", "유한양행", "한미약품", "SK바이오팜", "LS일렉트릭", "효성중공업", "삼성전기", "LG이노텍", "SK스퀘어",
        "애플", "엔비디아", "테슬라", "마이크로소프트", "쿠팡",
    ];

    public static readonly string[] Sectors =
    [
        "반도체", "2차전지", "바이오", "조선", "자동차", "인터넷", "게임", "은행", "보험", "건설", "유통", "화학", "철강", "항공", "통신",
        "엔터테인먼트", "방산", "전력기기", "디스플레이", "해운",
    ];

    public static readonly string[] Products =
    [
        "고대역폭메모리(HBM)", "차세대 배터리", "전기차 플랫폼", "바이오시밀러", "LNG 운반선", "클라우드 서비스", "모바일 게임", "AI 반도체",
        "양극재", "변압기", "위탁생산(CDMO) 설비", "데이터센터", "자율주행 소프트웨어", "간편결제 서비스", "폴더블 패널",
    ];

    public static readonly string[] People =
    [
        "최고경영자(CEO)", "최고재무책임자(CFO)", "대표이사", "사장", "부회장", "회사 관계자", "업계 관계자", "증권가 애널리스트", "IR 담당 임원",
    ];

    public static readonly string[] Reporters = ["김하늘", "이도윤", "박서연", "정민재", "최유나", "한지호", "윤세아", "강태오", "오지민", "서다온"];

    public static readonly string[] Agencies = ["한빛경제", "누리데일리", "바른증권신문", "새벽일보", "마켓온"];

    public static readonly string[] Domains = ["hanbit.example", "nuri.example", "bareun.example", "saebyeok.example", "marketon.example"];

    public static readonly string[] Cities = ["서울", "세종", "부산", "대전", "뉴욕", "도쿄", "워싱턴"];

    public static readonly string[] Headlines =
    [
        "{C}, {D} {M} 규모 투자 발표", "{C} 영업이익 {M}…전년 대비 {P} 증가", "[속보] {C}, {C2}와 {M} 공급계약 체결",
        "{S} 업황 회복에 {C} 주가 {P} 상승", "{C}, {R} 증설에 {M} 투입", "{C} {D} 실적 발표…매출 {M}",
        "[단독] {C}, {C2} 지분 {P} 인수 추진", "{S}주 약세…{C} 시가총액 {M} 증발",
    ];

    public static readonly string[] Sentences =
    [
        "{C}는 {D} 이사회를 열고 {R} 생산시설에 {M}을 투자하기로 결정했다고 밝혔다.",
        "회사 측은 이번 투자로 연간 생산능력이 {P} 늘어날 것으로 내다봤다.",
        "{C}의 {D} 매출은 {M}으로 집계됐으며 영업이익은 {M}을 기록했다.",
        "이는 시장 전망치를 {P} 웃도는 수준이다.",
        "{C}와 {C2}는 {R} 분야에서 {M} 규모의 공동 개발 계약을 맺었다.",
        "계약 기간은 {D}부터 3년이며 {C2}는 선급금으로 {M}을 지급한다.",
        "{W}은 \"{S} 수요가 예상보다 빠르게 회복되고 있다\"며 \"{D}에는 {M} 이상의 추가 수주도 가능하다\"고 말했다.",
        "증권가는 {C}의 목표주가를 주당 {K}으로 {P} 상향 조정했다.",
        "외국인 투자자는 {D} 하루에만 {C} 주식을 {M}어치 순매수했다.",
        "{C} 주가는 {D} 전 거래일보다 {P} 오른 {K}에 장을 마쳤다.",
        "{S} 업종 지수는 {P} 하락했고, 코스피는 {P} 내린 채 거래를 마감했다.",
        "{C}는 임직원 {N}에게 총 {M}의 성과급을 지급할 계획이다.",
        "신규 공장에는 협력업체 {F}가 입주하며 직접 고용 인원은 {N}에 이를 전망이다.",
        "{C}는 {D} 자사주 {H}를 {M}에 매입해 소각하겠다고 공시했다.",
        "배당금은 보통주 1주당 {K}으로 정해졌고 배당 기준일은 {D}이다.",
        "{C2}는 {C}의 {R} 사업부를 {M}에 인수하는 방안을 검토 중인 것으로 알려졌다.",
        "인수가 성사되면 {S} 업계에서 {D} 이후 최대 규모 거래가 된다.",
        "정부는 {S} 산업 지원을 위해 {D}까지 {M}의 정책자금을 공급한다고 발표했다.",
        "이 가운데 {M}은 중소·중견기업 설비투자에 배정된다.",
        "{C}는 미국 법인을 통해 {U}을 조달했다.",
        "회사채 발행 규모는 당초 계획보다 {P} 늘어난 {M}으로 확정됐다.",
        "수요예측에는 {M}의 자금이 몰려 경쟁률이 {Z}을 기록했다.",
        "{C}의 순이익은 {M}으로 적자에서 흑자로 전환했다.",
        "부채비율은 {P}로 {D}보다 {P} 낮아졌다.",
        "{W}은 {D} 열린 기업설명회(IR)에서 \"{R} 매출 비중을 {P}까지 끌어올리겠다\"고 강조했다.",
        "{C}와 {C2}의 합산 시가총액은 {M}을 넘어섰다.",
        "환율이 달러당 {X}을 넘어서면서 수출 기업의 환차익도 커졌다.",
        "{C}는 {D} 유럽에서 {M} 규모의 {R} 수주를 따냈다고 밝혔다.",
        "업계에서는 {D} 이후 {S} 수요가 {P} 안팎 늘어날 것으로 본다.",
        "공정거래위원회는 {C}에 과징금 {M}을 부과하기로 했다.",
        "{C}는 이에 불복해 행정소송을 제기할 방침이다.",
        "{C} 노사는 {D} 임금을 {P} 인상하는 데 합의했다.",
        "올해 들어 {C} 주가는 {P} 올라 같은 기간 코스피 상승률을 크게 앞질렀다.",
        "{C2} 역시 {R} 투자를 위해 {M}을 추가로 배정했다.",
        "한편 {C}는 {D} 정기 주주총회를 열 예정이다.",
        "{C}의 주가수익비율(PER)은 {Q}로 업종 평균보다 낮다.",
    ];

    public static readonly string[] Captions =
    [
        "[사진={C} 제공]", "사진은 {C} 본사 전경. [사진={A} DB]", "▲ {C}의 {R} 생산라인 모습. /{A}", "(사진 제공={C})",
    ];

    public static readonly string[] Tails =
    [
        "ⓒ {A} 무단전재 및 재배포 금지", "Copyright ⓒ {A}. All rights reserved.", "<저작권자 ⓒ {A}, 무단 전재-재배포, AI 학습 및 활용 금지>",
    ];

    public static readonly string[] Related =
    [
        "▶ 관련기사: {C}, {S} 투자 확대", "[관련기사] {C} 주가 전망은", "☞ 함께 보면 좋은 기사: {C2} 실적 분석", "▶ {A} 구독하기",
    ];

    public static readonly string[] NearDupEdits = ["고 밝혔다.", "고 설명했다.", "고 덧붙였다.", "는 입장이다."];
}
