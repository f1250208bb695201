using System.Text;
using BenchmarkDotNet.Attributes;
using KoNewsParse.Money;

namespace KoNewsParse.Benchmarks;

/// <summary>
/// FindAll over about 1 MB (UTF-8) of generated news-like Korean text: most sentences have dates, percentages and
/// counts but no money, roughly one in four carries an amount. Throughput in MB/s = <see cref="Utf8Bytes"/> / mean time.
/// </summary>
[MemoryDiagnoser]
public class MoneyBenchmarks
{
    private static readonly string[] Plain =
    [
        "지난 23일 서울 여의도 본사에서 열린 간담회에서 대표는 올해 하반기 전략을 설명했다. ",
        "업계에서는 3분기 실적이 시장 예상치를 웃돌 것으로 보고 있다. ",
        "회사는 2021년부터 친환경 설비 전환을 추진해 왔으며 6달 만에 생산량을 회복했다. ",
        "이번 조치는 정부 지원 정책과 맞물려 원인 분석과 재발 방지에 초점을 맞췄다. ",
        "점유율은 전년 대비 2.5%p 오른 31.4%로 업계 1위를 지켰다. ",
        "위원회 위원들은 회원사 의견을 모아 다음 달 최종안을 내놓을 예정이다. ",
        "증권가 관계자는 \"경기 둔화 우려에도 수출 증가세가 이어지고 있다\"고 말했다. ",
        "문의는 고객센터(02-1234-5678)로 하면 되며 오후 6시까지 상담한다. ",
    ];

    private static readonly string[] WithMoney =
    [
        "회사는 3조5000억원 규모의 시설 투자를 확정했다. ",
        "미국 법인은 4000만달러(약 475억원)를 추가로 조달했다. ",
        "영업이익은 4천746억원으로 수백억원대 적자에서 벗어났다. ",
        "투자 규모는 10억~20억원 수준으로 알려졌다. ",
        "인수가는 $4.5 billion에 달한다고 외신이 전했다. ",
    ];

    private string _news = string.Empty;
    private string _plain = string.Empty;

    /// <summary>Size of the news text in UTF-8 bytes.</summary>
    public int Utf8Bytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _news = Generate(1 << 20, moneyEvery: 4);
        _plain = Generate(1 << 20, moneyEvery: 0);
        Utf8Bytes = Encoding.UTF8.GetByteCount(_news);
        Console.WriteLine($"// news: {Utf8Bytes} UTF-8 bytes, {_news.Length} chars, {MoneyParser.Default.FindAll(_news).Count} money mentions");
        Console.WriteLine($"// plain: {Encoding.UTF8.GetByteCount(_plain)} UTF-8 bytes, {MoneyParser.Default.FindAll(_plain).Count} money mentions");
    }

    /// <summary>Generates about <paramref name="utf8Bytes"/> bytes of text; every <paramref name="moneyEvery"/>-th sentence has money.</summary>
    public static string Generate(int utf8Bytes, int moneyEvery)
    {
        var random = new Random(42);
        var sb = new StringBuilder();
        int bytes = 0;
        int n = 0;
        while (bytes < utf8Bytes)
        {
            string sentence = moneyEvery > 0 && ++n % moneyEvery == 0
                ? WithMoney[random.Next(WithMoney.Length)]
                : Plain[random.Next(Plain.Length)];
            sb.Append(sentence);
            bytes += Encoding.UTF8.GetByteCount(sentence);
            if (random.Next(6) == 0)
            {
                sb.Append('\n');
                bytes++;
            }
        }

        return sb.ToString();
    }

    [Benchmark(Baseline = true)]
    public int FindAll_News() => MoneyParser.Default.FindAll(_news).Count;

    [Benchmark]
    public int FindAll_News_Span() => MoneyParser.Default.FindAll(_news.AsSpan()).Count;

    [Benchmark]
    public int FindAll_NoMoney() => MoneyParser.Default.FindAll(_plain).Count;

    [Benchmark]
    public int Quantities_News() => QuantityParser.Default.FindAll(_news).Count;
}
