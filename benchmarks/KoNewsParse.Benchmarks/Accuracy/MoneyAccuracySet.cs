namespace KoNewsParse.Benchmarks.Accuracy;

/// <summary>One expected money value.</summary>
/// <param name="Amount">The exact amount.</param>
/// <param name="Currency">The ISO 4217 code.</param>
public readonly record struct Expected(decimal Amount, string Currency);

/// <summary>A labelled sentence: the money values a correct recognizer reports (none for a trap).</summary>
/// <param name="Id">A short stable id.</param>
/// <param name="Sentence">The sentence (written for this project).</param>
/// <param name="Values">The expected values; empty for a trap; both bounds for a range; both sides of a conversion.</param>
public sealed record AccuracyCase(string Id, string Sentence, Expected[] Values)
{
    /// <summary>Whether nothing should be recognised.</summary>
    public bool IsTrap => Values.Length == 0;
}

/// <summary>The labelled money set (own sentences): plain forms, mixed Korean numerals, thousands separators, foreign
/// currencies, conversions, approximations, ranges, and traps that contain digits or 원/달러/엔 but no money.</summary>
public static class MoneyAccuracySet
{
    private const decimal Man = 10_000m;
    private const decimal Eok = 100_000_000m;
    private const decimal Jo = 1_000_000_000_000m;

    /// <summary>All cases.</summary>
    public static IReadOnlyList<AccuracyCase> Cases { get; } =
    [
        Krw("m01", "삼성전자는 평택 라인에 300억원을 투자한다.", 300 * Eok),
        Krw("m02", "이번 계약 규모는 3조5000억원이다.", (3 * Jo) + (5000 * Eok)),
        Krw("m03", "총 사업비는 1조2,345억원으로 책정됐다.", Jo + (2345 * Eok)),
        Krw("m04", "매출은 2억3천만원에 그쳤다.", (2 * Eok) + (3000 * Man)),
        Krw("m05", "배당금은 주당 1,500원이다.", 1500m),
        Krw("m06", "영업이익은 5천억 원을 넘었다.", 5000 * Eok),
        One("m07", "회사는 12억 달러를 조달했다.", 12 * Eok, "USD"),
        Case("m08", "인수 금액은 4000만달러(약 475억원)이다.", new(4000 * Man, "USD"), new(475 * Eok, "KRW")),
        Krw("m09", "과징금 삼십억원이 부과됐다.", 30 * Eok),
        Krw("m10", "시가총액이 3.5조원 늘었다.", 3.5m * Jo),
        One("m11", "일본 법인은 50억엔을 출자했다.", 50 * Eok, "JPY"),
        One("m12", "유럽 자회사에 3000만유로를 투입했다.", 3000 * Man, "EUR"),
        One("m13", "중국 합작사에 3억위안을 출자한다.", 3 * Eok, "CNY"),
        One("m14", "영국 스타트업을 100만파운드에 샀다.", 100 * Man, "GBP"),
        Krw("m15", "약 1500억원 규모의 자사주를 매입한다.", 1500 * Eok),
        Krw("m16", "환율은 달러당 1,350원까지 올랐다.", 1350m),
        Krw("m17", "순이익은 7억5000만원이었다.", (7 * Eok) + (5000 * Man)),
        One("m18", "투자액은 1.5억달러다.", 1.5m * Eok, "USD"),
        Krw("m19", "분기 매출이 79조원을 기록했다.", 79 * Jo),
        Krw("m20", "연구개발비로 9,870억원을 썼다.", 9870 * Eok),
        Krw("m21", "1조원 규모의 펀드가 조성된다.", Jo),
        Krw("m22", "오백만원의 포상금이 지급됐다.", 500 * Man),
        Krw("m23", "천억원을 추가 투입한다.", 1000 * Eok),
        One("m24", "3억5000만달러 규모의 회사채를 발행했다.", (3 * Eok) + (5000 * Man), "USD"),
        One("m25", "미화 5000만달러를 차입했다.", 5000 * Man, "USD"),
        Krw("m26", "계약금 20억 원은 선지급된다.", 20 * Eok),
        Krw("m27", "한 주당 52,300원에 거래를 마쳤다.", 52_300m),
        Krw("m28", "1조2천억원의 손실이 났다.", Jo + (2000 * Eok)),
        Krw("m29", "지원금 850만원을 받았다.", 850 * Man),
        Krw("m30", "자본금은 10억원이다.", 10 * Eok),
        Case("m31", "매출 6,543억원, 영업이익 321억원을 냈다.", new(6543 * Eok, "KRW"), new(321 * Eok, "KRW")),
        Krw("m32", "이 제품의 가격은 1만9900원이다.", 19_900m),
        Krw("m33", "월 구독료는 9,900원이다.", 9_900m),
        Krw("m34", "총 2조 원이 투입된다.", 2 * Jo),
        One("m35", "일본 은행에서 200억엔을 빌렸다.", 200 * Eok, "JPY"),
        One("m36", "700억 달러 규모의 투자 계획이 나왔다.", 700 * Eok, "USD"),
        Krw("m37", "270억원가량이 남았다.", 270 * Eok),
        Krw("m38", "300여억원이 들었다.", 300 * Eok),
        Krw("m39", "1000억원 이상을 투자한다.", 1000 * Eok),
        Krw("m40", "직원 1인당 500만원씩 지급한다.", 500 * Man),
        Krw("m41", "영업손실 1,234억원을 기록했다.", 1234 * Eok),
        Krw("m42", "부채는 12조3456억원에 이른다.", (12 * Jo) + (3456 * Eok)),
        Krw("m43", "순자산은 4조 2000억 원이다.", (4 * Jo) + (2000 * Eok)),
        Krw("m44", "총 0.5억원이 집행됐다.", 0.5m * Eok),
        One("m45", "엔비디아는 250억달러를 벌었다.", 250 * Eok, "USD"),
        One("m46", "2500만 달러의 손해배상을 청구했다.", 2500 * Man, "USD"),
        Krw("m47", "최저 입찰가는 3억원이었다.", 3 * Eok),
        Krw("m48", "삼천만원의 벌금이 확정됐다.", 3000 * Man),
        Krw("m49", "공사에 이억오천만원이 들었다.", (2 * Eok) + (5000 * Man)),
        Case("m50", "지분은 1억2000만유로(약 1700억원)에 팔렸다.", new(Eok + (2000 * Man), "EUR"), new(1700 * Eok, "KRW")),
        Krw("m51", "정부는 총 1조 5천억 원을 쏟아붓는다.", Jo + (5000 * Eok)),
        Krw("m52", "주가는 7만2000원으로 마감했다.", 72_000m),
        Krw("m53", "외국인은 8,000억원어치를 순매수했다.", 8000 * Eok),
        Krw("m54", "공모가는 주당 3만원으로 확정됐다.", 3 * Man),
        Krw("m55", "5억6천7백만원의 차익을 남겼다.", (5 * Eok) + (6700 * Man)),
        One("m56", "100만 엔을 기부했다.", 100 * Man, "JPY"),
        One("m57", "20억 위안 규모의 펀드가 출범했다.", 20 * Eok, "CNY"),
        Krw("m58", "2.5조 원의 추경이 편성됐다.", 2.5m * Jo),
        Case("m59", "300억원과 200억원을 각각 투자한다.", new(300 * Eok, "KRW"), new(200 * Eok, "KRW")),
        Krw("m60", "그는 연봉 1억 원을 받는다.", Eok),
        Krw("m61", "세수 결손은 30조원대로 추정된다.", 30 * Jo),
        Case("m62", "10억~20억원의 예산이 필요하다.", new(10 * Eok, "KRW"), new(20 * Eok, "KRW")),
        Case("m63", "인수가는 3000만~5000만달러로 거론된다.", new(3000 * Man, "USD"), new(5000 * Man, "USD")),
        Krw("m64", "누적 적자가 1,024억 원에 달한다.", 1024 * Eok),
        One("m65", "미국 법인이 6억8천만 달러를 유치했다.", (6 * Eok) + (8000 * Man), "USD"),

        Trap("t01", "가입자가 3억명을 넘었다."),
        Trap("t02", "회사는 2026년 11월 24일 실적을 발표했다."),
        Trap("t03", "주가가 하루 만에 10% 올랐다."),
        Trap("t04", "자사주 1,500주를 사들였다."),
        Trap("t05", "원달러 환율이 급등했다."),
        Trap("t06", "이사회는 투자 3원칙을 발표했다."),
        Trap("t07", "4차원 분석 도구를 공개했다."),
        Trap("t08", "위원 5명이 회의에 참석했다."),
        Trap("t09", "유로존 12개국이 합의했다."),
        Trap("t10", "달러 강세가 석 달째 이어졌다."),
        Trap("t11", "엔화 약세로 수출이 늘었다."),
        Trap("t12", "1조 개의 파라미터를 가진 모델이다."),
        Trap("t13", "3분기 실적이 예상을 웃돌았다."),
        Trap("t14", "원전 2기를 수주했다."),
        Trap("t15", "제2원자력연구원 설립이 추진된다."),
        Trap("t16", "5원소 이론을 소개했다."),
        Trap("t17", "10억명의 사용자를 확보했다."),
        Trap("t18", "2억 화소 카메라를 탑재했다."),
    ];

    private static AccuracyCase Krw(string id, string sentence, decimal amount) => new(id, sentence, [new(amount, "KRW")]);

    private static AccuracyCase One(string id, string sentence, decimal amount, string currency) => new(id, sentence, [new(amount, currency)]);

    private static AccuracyCase Case(string id, string sentence, params Expected[] values) => new(id, sentence, values);

    private static AccuracyCase Trap(string id, string sentence) => new(id, sentence, []);
}
