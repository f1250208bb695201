using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using KoNewsParse.Companies;

namespace KoNewsParse.Benchmarks;

/// <summary>
/// Company recognition throughput on news-like text with the full embedded gazetteer. Throughput in MB/s of UTF-8 is
/// <see cref="Utf8Bytes"/> divided by the mean time of <see cref="FindAllArticle"/> (the setup prints the size).
/// </summary>
[MemoryDiagnoser]
public class CompanyBenchmarks
{
    // News-like paragraphs written for this benchmark: company names mixed with numbers, dates, ordinary words and traps.
    private static readonly string[] Paragraphs =
    [
        "(서울=가상뉴스) 홍길동 기자 = 삼성전자가 올해 3분기 연결 기준 영업이익이 9조1000억원으로 잠정 집계됐다고 8일 공시했다. 매출은 79조원으로 전년 동기 대비 17% 늘었다.",
        "반도체 업황 회복에 힘입어 SK하이닉스도 고대역폭메모리(HBM) 판매가 늘면서 사상 최대 실적을 기록했다. 증권가에서는 4분기에도 개선세가 이어질 것으로 내다봤다.",
        "LG에너지솔루션과 삼성SDI, SK온 등 국내 배터리 3사는 북미 전기차 수요 둔화에 대응해 투자 속도를 조절하고 있다.",
        "현대차와 기아는 지난달 미국 시장에서 모두 15만대를 팔아 월간 최대 판매 기록을 새로 썼다. 현대모비스 역시 전동화 부품 수주가 늘었다.",
        "이번 지원 사업의 대상은 창업 7년 이내 중소기업으로, 선정된 기업에는 최대 3억원이 지원된다. 신청은 다음 달 말까지 받는다.",
        "AI 스타트업 새로운랩스는 시리즈B 투자 유치를 마무리했다고 밝혔다. 이번 투자에는 카카오인베스트먼트와 네이버 계열 벤처캐피털이 참여했다.",
        "美엔비디아의 실적 발표를 앞두고 국내 증시에서는 반도체 장비주가 강세를 보였다. 한미반도체는 장중 8% 넘게 올랐고 테크윙도 상승했다.",
        "㈜대상은 전분기보다 개선된 실적을 내놨다. 대상 측은 해외 법인의 판매 호조가 실적을 끌어올렸다고 설명했다.",
        "코스피 지수는 외국인과 기관의 동반 매수에 힘입어 전 거래일보다 1.2% 오른 2650.31에 마감했다. 원·달러 환율은 3원 내린 1378원에 거래를 마쳤다.",
        "마이크로소프트와 구글, 아마존웹서비스(AWS) 등 글로벌 클라우드 기업들이 국내 데이터센터 투자를 늘리고 있다. 한국MS는 별도 설명회를 열었다.",
        "금융당국은 가계대출 관리를 위해 은행권에 대출 증가 목표를 다시 제출하라고 요구했다. KB국민은행과 신한은행은 주택담보대출 금리를 올렸다.",
        "포스코퓨처엠은 양극재 신규 공장의 가동 시점을 늦추기로 했다. 에코프로비엠과 엘앤에프도 증설 계획을 재검토하고 있다.",
        "한편 이날 발표된 소비자물가는 전년 동월 대비 2.1% 올라 석 달 연속 2%대 상승률을 보였다. 신선식품 가격은 다소 안정됐다.",
        "SK그룹은 리밸런싱 작업의 하나로 일부 계열사를 매각하기로 했다. SK㈜는 이사회를 열고 관련 안건을 의결했다.",
        "셀트리온은 바이오시밀러 신제품의 유럽 허가를 받았다고 밝혔다. 삼성바이오로직스 역시 5공장 가동을 앞당긴다.",
        "새로운회사(주)는 코스닥 상장을 위한 예비심사를 청구했다. 회사 측은 공모 자금을 연구개발에 쓸 계획이다.",
        "동방 물류센터 인근 도로가 통제됐다는 소식이 전해지자 지역 주민들이 불편을 호소했다.",
        "애플과 테슬라 주가가 엇갈린 가운데 나스닥 지수는 0.4% 하락했다. TSMC는 2나노 공정 양산 일정을 재확인했다.",
    ];

    private string _article = string.Empty;
    private string[] _paragraphs = [];
    private byte[] _compiled = [];

    /// <summary>UTF-8 size of the benchmark article.</summary>
    public static int Utf8Bytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var sb = new StringBuilder();
        var paragraphs = new List<string>();
        int i = 0;
        while (sb.Length < 1_000_000)
        {
            string p = Paragraphs[i++ % Paragraphs.Length];
            paragraphs.Add(p);
            sb.Append(p).Append('\n');
        }

        _article = sb.ToString();
        _paragraphs = [.. paragraphs];
        Utf8Bytes = Encoding.UTF8.GetByteCount(_article);
        using var ms = new MemoryStream();
        CompanyGazetteer.Default.Save(ms);
        _compiled = ms.ToArray();
        Console.WriteLine($"// article: {_article.Length:N0} chars, {Utf8Bytes:N0} UTF-8 bytes; gazetteer: {CompanyGazetteer.Default.Count:N0} companies, " +
                          $"{CompanyGazetteer.Default.AliasCount:N0} aliases, ~{CompanyGazetteer.Default.ApproximateBytes:N0} bytes of arrays, " +
                          $"{_compiled.Length:N0} bytes compiled");
    }

    /// <summary>One ~1 MB text in one call.</summary>
    [Benchmark]
    public int FindAllArticle() => CompanyRecognizer.Default.FindAll(_article).Count;

    /// <summary>The same text paragraph by paragraph (what the article pipeline does).</summary>
    [Benchmark]
    public int FindAllParagraphs()
    {
        int n = 0;
        foreach (string p in _paragraphs)
        {
            n += CompanyRecognizer.Default.FindAll(p).Count;
        }

        return n;
    }

    /// <summary>Loading the compiled gazetteer (what <see cref="CompanyGazetteer.Default"/> does once), warm.</summary>
    [Benchmark]
    public int LoadCompiledGazetteer() => CompanyGazetteer.Load(new MemoryStream(_compiled, writable: false)).Count;

    /// <summary>Normalizing one written name.</summary>
    [Benchmark]
    public string? Normalize() => CompanyNormalizer.Normalize("㈜삼성전자는")?.Code;
}

/// <summary>
/// <see cref="CompanyGazetteer.Default"/> readiness in a fresh process (includes JIT): each launch measures the first call.
/// Run with <c>--filter *CompanyColdStart*</c>.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1)]
[MemoryDiagnoser]
public class CompanyColdStartBenchmarks
{
    [Benchmark]
    public int DefaultReady() => CompanyGazetteer.Default.Count + CompanyRecognizer.Default.FindAll("삼성전자가 올랐다.").Count;
}
