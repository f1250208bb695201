using KoNewsParse.Companies;
using KoNewsParse.Dates;
using KoNewsParse.Duplicates;
using KoNewsParse.Money;

namespace KoNewsParse.Benchmarks.Smoke;

/// <summary>
/// The adversarial inputs of the tests that check what the scanners find on them (tests <c>Money/AdversarialInputTests.cs</c>,
/// <c>Dates/KoreanDateParserPropertyTests.cs</c>, <c>Companies/CompanyApiTests.cs</c>,
/// <c>Duplicates/BoilerplateDetectorTests.cs</c>; keep the lists in step): short units that, repeated, make a scanner start
/// a candidate every few characters. The smoke run's <c>scaling</c> items make the same calls on each unit repeated to n
/// and to 4n characters.
/// </summary>
internal static class AdversarialInputs
{
    private static readonly DateOnly Reference = new(2021, 11, 25);

    private static readonly string[] MoneyUnits =
    [
        "7", "만", "억", ",", ".", "1,", "1.", "(", "1억원(", "1조 ", "수", "1~", "$1", "오백", "천", "1억 ", "1원 ", "4000만달러(약 ",
        "일이삼사오육칠팔구", "1000원에서 ",
    ];

    private static readonly string[] DateUnits =
    [
        "1일 ", "지난 ", "지난 지난 오는 앞선 ", "2021.2021.", "1~", "19일부터 ", "이이이이다다다하하", "23일23일", "1111111111", "올 올 올 ",
        "전년 동기 ", "2021년 11월 25일 오후 2시 30분~", "'2'2'2", "다음 주 다음 달 ",
    ];

    /// <summary>The units of a <c>scaling</c> item and the calls made on each repeated unit (returning what they found).</summary>
    public static (string[] Units, Func<string, int> Scan) Get(string name) => name switch
    {
        "moneyAdversarial" => (MoneyUnits, ScanMoney),
        "datesAdversarial" => (DateUnits, text => KoreanDateParser.Default.FindAll(text, Reference).Count),
        "companiesAdversarial" => (["㈜삼성전자삼성전자삼성 (주)(주)㈜ 주식회사 스타트업 가나다테크 대표 LG LG LG 화 "], text => CompanyRecognizer.Default.FindAll(text).Count),
        "boilerplateAdversarial" => (["▶관련기사 ⓒ@a.b 사진=/ 기자 "], ScanBoilerplate),
        _ => throw new InvalidOperationException($"unknown scaling item '{name}'"),
    };

    /// <summary><paramref name="unit"/> repeated until the text has at least <paramref name="length"/> characters.</summary>
    public static string Repeat(string unit, int length) =>
        string.Concat(Enumerable.Repeat(unit, (length + unit.Length - 1) / unit.Length));

    private static int ScanMoney(string text) =>
        MoneyParser.Default.FindAll(text).Count + QuantityParser.Default.FindAll(text).Count + (MoneyParser.Default.TryParse(text, out _) ? 1 : 0);

    private static int ScanBoilerplate(string text)
    {
        _ = ParagraphFingerprint.Create(text);
        return BoilerplateDetector.Default.ClassifyAll([text, text]).Count(kind => kind != BoilerplateKind.None)
            + (BoilerplateDetector.Default.Classify(text) == BoilerplateKind.None ? 0 : 1);
    }
}
