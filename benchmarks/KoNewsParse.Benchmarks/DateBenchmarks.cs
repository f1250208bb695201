using System.Text;
using BenchmarkDotNet.Attributes;
using KoNewsParse.Dates;

namespace KoNewsParse.Benchmarks;

/// <summary><see cref="KoreanDateParser.FindAll(string?, DateOnly)"/> over about 1 MB (UTF-8) of generated news-like text.</summary>
[MemoryDiagnoser]
public class DateBenchmarks
{
    private static readonly DateOnly Reference = new(2021, 11, 25);
    private string _text = string.Empty;

    /// <summary>UTF-8 size of the corpus in bytes (for MB/s).</summary>
    public int Utf8Bytes { get; private set; }

    /// <summary>Mentions found in the corpus (for bytes per match).</summary>
    public int MentionCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = DateCorpus.Generate(1 << 20);
        Utf8Bytes = Encoding.UTF8.GetByteCount(_text);
        MentionCount = KoreanDateParser.Default.FindAll(_text, Reference).Count;
    }

    [Benchmark]
    public int FindAll() => KoreanDateParser.Default.FindAll(_text, Reference).Count;

    [Benchmark]
    public int FindAllPerParagraph()
    {
        int n = 0;
        foreach (ReadOnlySpan<char> line in _text.AsSpan().EnumerateLines())
        {
            n += KoreanDateParser.Default.FindAll(line, Reference).Count;
        }

        return n;
    }
}

/// <summary>Deterministic news-like Korean text written for the benchmark: date mentions among money, counts and prose.</summary>
public static class DateCorpus
{
    private static readonly string[] Subjects = ["한빛전자는", "대한중공업은", "새솔바이오가", "미래금융지주는", "동해화학은", "누리통신이", "금강건설은"];

    private static readonly string[] DatePhrases =
    [
        "지난 23일", "오는 30일", "이날", "전날", "지난해 4분기", "올 상반기", "내년 1분기", "다음 달 6~7일", "19일부터 30일까지", "2021년 11월 25일",
        "지난달", "이달 말", "3일 전", "10년 만에", "연말까지", "12월 15일(수)", "오후 2시 30분", "2018년부터", "최근 3년간", "28일",
    ];

    private static readonly string[] Middles =
    [
        "300억원 규모의 설비 투자를", "신규 공장 착공 계획을", "1,200억원어치 회사채 발행을", "3.5% 인상된 배당안을", "2.0 버전 플랫폼 출시를",
        "450여개 협력사와의 상생 방안을", "4000만달러(약 475억원) 규모 수주를", "전년 동기 대비 12% 늘어난 실적을", "연구개발 인력 채용 일정을",
    ];

    private static readonly string[] Endings = ["발표했다.", "공시했다.", "밝혔다.", "진행할 예정이다.", "추진한다.", "검토하고 있다.", "확정할 계획이다."];

    private static readonly string[] Fillers =
    [
        "업계에서는 이번 결정이 시장 점유율 확대에 도움이 될 것으로 보고 있다.",
        "증권가는 목표주가를 8만5000원으로 올려 잡았다.",
        "회사 관계자는 \"수요 회복 속도를 지켜보고 있다\"고 말했다.",
        "이 회사 주가는 장중 한때 5% 넘게 오르기도 했다.",
        "경쟁사들도 비슷한 전략을 검토 중인 것으로 알려졌다.",
    ];

    /// <summary>Generates at least <paramref name="chars"/> UTF-16 characters of paragraphs separated by new lines.</summary>
    public static string Generate(int chars)
    {
        var rng = new Random(20211125);
        var sb = new StringBuilder(chars + 256);
        while (sb.Length < chars)
        {
            int sentences = 2 + rng.Next(3);
            for (int i = 0; i < sentences; i++)
            {
                sb.Append(Subjects[rng.Next(Subjects.Length)]).Append(' ')
                    .Append(DatePhrases[rng.Next(DatePhrases.Length)]).Append(' ')
                    .Append(Middles[rng.Next(Middles.Length)]).Append(' ')
                    .Append(Endings[rng.Next(Endings.Length)]).Append(' ')
                    .Append(Fillers[rng.Next(Fillers.Length)]).Append(' ');
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }
}
