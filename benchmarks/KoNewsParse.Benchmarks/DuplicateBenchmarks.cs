using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using KoNewsParse.Duplicates;

namespace KoNewsParse.Benchmarks;

/// <summary>
/// Duplicate detection throughput. Results are per paragraph (or per line); paragraphs/s = 1 / mean. Scale 1 = 20,000
/// paragraphs (~1,700 articles of 12), scale 10 = 200,000: equal per-paragraph cost at both scales shows linear growth.
/// The corpus has ~20% exact repeats and ~10% one-word rewrites of earlier paragraphs, like a news feed.
/// Single-threaded: the figures are per core.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class DuplicateBenchmarks
{
    private const int ParagraphsPerArticle = 12;
    private const int BaseParagraphs = 20_000;

    private (string Id, string[] Paragraphs)[] _articles = [];
    private string[][] _lines = [];
    private int _paragraphs;

    /// <summary>Corpus size multiplier.</summary>
    [Params(1, 10)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _paragraphs = BaseParagraphs * Scale;
        _articles = BenchmarkCorpus.Articles(_paragraphs, ParagraphsPerArticle, seed: 42);
        _lines = _articles.Select(a => a.Paragraphs.Concat(BenchmarkCorpus.Tail).ToArray()).ToArray();

        // Retained memory of both index kinds (printed into the BenchmarkDotNet log).
        foreach (bool near in new[] { false, true })
        {
            long before = GC.GetTotalMemory(forceFullCollection: true);
            DuplicateIndex index = Build(new DuplicateIndexOptions { DetectNearDuplicates = near });
            long after = GC.GetTotalMemory(forceFullCollection: true);
            DuplicateIndexStatistics s = index.GetStatistics();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"// memory near={near} paragraphs={s.Paragraphs} distinct={s.DistinctParagraphs}: retained {(double)(after - before) / s.Paragraphs:F1} B/paragraph; exact table {s.ExactTableBytesPerParagraph:F1} B/paragraph, exact+documents {s.ExactIndexBytesPerParagraph:F1}, near structures {s.NearIndexBytesPerParagraph:F1}"));
            GC.KeepAlive(index);
        }
    }

    private DuplicateIndex Build(DuplicateIndexOptions options)
    {
        var index = new DuplicateIndex(options);
        foreach ((string id, string[] paragraphs) in _articles)
        {
            index.Add(id, paragraphs);
        }

        return index;
    }

    /// <summary>Exact-only index: Add every article (returns each paragraph's earliest exact duplicate).</summary>
    [Benchmark(OperationsPerInvoke = BaseParagraphs)]
    public int ExactIndexAdd() => Build(new DuplicateIndexOptions { DetectNearDuplicates = false }).DocumentCount / Scale;

    /// <summary>Full index (exact + MinHash LSH + verified containment): Add every article.</summary>
    [Benchmark(OperationsPerInvoke = BaseParagraphs)]
    public int NearIndexAdd() => Build(DuplicateIndexOptions.Default).DocumentCount / Scale;

    /// <summary>In-article detector (what the pipeline runs per article).</summary>
    [Benchmark(OperationsPerInvoke = BaseParagraphs)]
    public int InArticleDetector()
    {
        int found = 0;
        foreach ((_, string[] paragraphs) in _articles)
        {
            found += DuplicateDetector.Default.FindDuplicates(paragraphs).Count(m => m is not null);
        }

        return found / Scale;
    }

    /// <summary>Boilerplate ClassifyAll over every article's lines (12 body paragraphs + 8 tail lines): per line.</summary>
    [Benchmark(OperationsPerInvoke = BaseParagraphs / ParagraphsPerArticle * 20)]
    public int BoilerplateClassifyAll()
    {
        int flagged = 0;
        foreach (string[] lines in _lines)
        {
            flagged += BoilerplateDetector.Default.ClassifyAll(lines).Count(k => k != BoilerplateKind.None);
        }

        return flagged / Scale;
    }
}

/// <summary>Per-paragraph cost of the two sketches that were compared (MinHash 60 values vs SimHash 64 bits).</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class SketchBenchmarks
{
    private ParagraphFingerprint[] _fingerprints = [];

    [GlobalSetup]
    public void Setup() => _fingerprints = BenchmarkCorpus.Articles(10_000, 10, seed: 7)
        .SelectMany(a => a.Paragraphs).Select(p => ParagraphFingerprint.Create(p)).ToArray();

    [Benchmark(OperationsPerInvoke = 10_000)]
    public uint MinHash60()
    {
        uint x = 0;
        foreach (ParagraphFingerprint fp in _fingerprints)
        {
            x ^= fp.ComputeMinHash(60)[0];
        }

        return x;
    }

    [Benchmark(OperationsPerInvoke = 10_000)]
    public ulong SimHash64()
    {
        ulong x = 0;
        foreach (ParagraphFingerprint fp in _fingerprints)
        {
            x ^= fp.ComputeSimHash();
        }

        return x;
    }
}

/// <summary>A deterministic news-like corpus built from the project's own vocabulary.</summary>
internal static class BenchmarkCorpus
{
    private static readonly string[] Subjects =
    [
        "삼성전자는", "SK하이닉스는", "현대차는", "네이버는", "카카오는", "셀트리온은", "포스코홀딩스는", "KB금융은", "한화솔루션은",
        "대한항공은", "LG화학은", "기아는", "크래프톤은", "한국전력은", "고려아연은", "정부는", "한국은행은", "금융당국은",
    ];

    private static readonly string[] Middles =
    [
        "올해 {N}분기 영업이익이 {N}억원으로 집계됐다고", "미국 현지에 {N}억 달러 규모의 신규 공장을 짓기로 했다고",
        "자사주 {N}억원어치를 매입해 소각하겠다고", "{N}개 협력사와 상생 협약을 맺었다고", "연구개발 인력 {N}명을 새로 뽑겠다고",
        "주당 {N}원의 분기 배당을 결의했다고", "기준금리를 연 {N}%로 동결했다고", "반도체 업황 회복으로 매출이 {N}% 늘었다고",
        "해외 수주 목표의 {N}%를 이미 달성했다고", "유럽 업체와 {N}년 장기 공급 계약을 체결했다고",
    ];

    private static readonly string[] Verbs = ["밝혔다.", "전했다.", "발표했다.", "공시했다.", "설명했다."];

    private static readonly string[] Extras =
    [
        "시장에서는 실적 개선 흐름이 당분간 이어질 것으로 보고 있다.", "증권가는 목표주가를 잇따라 올려 잡았다.",
        "회사 측은 \"수익성 중심의 경영을 이어가겠다\"고 강조했다.", "업계는 경쟁이 한층 치열해질 것으로 내다봤다.",
        "외국인 투자자는 이날 {N}억원어치를 순매수했다.", "관련 절차는 {N}월 중 마무리될 예정이다.",
    ];

    /// <summary>Fixed tail lines appended for the boilerplate benchmark.</summary>
    public static readonly string[] Tail =
    [
        "홍길동 기자 gildong@example.co.kr", "<저작권자 ⓒ 예시경제, 무단전재 및 재배포 금지>", "관련기사", "반도체 수출 석 달째 증가",
        "코스피, 외국인 매수에 반등", "페이스북 트위터 카카오톡 URL복사", "▶ 예시경제 네이버 채널 구독하기", "사진=예시경제 DB",
    ];

    public static (string Id, string[] Paragraphs)[] Articles(int paragraphs, int perArticle, int seed)
    {
        var random = new Random(seed);
        var all = new List<string>(paragraphs);
        for (int i = 0; i < paragraphs; i++)
        {
            int roll = random.Next(10);
            if (all.Count > 100 && roll < 2)
            {
                all.Add(all[random.Next(all.Count)]); // exact repeat
            }
            else if (all.Count > 100 && roll == 2)
            {
                string earlier = all[random.Next(all.Count)];
                all.Add(earlier.Replace("밝혔다", "전했다", StringComparison.Ordinal) + " 이날"); // light rewrite
            }
            else
            {
                all.Add(Paragraph(random));
            }
        }

        return all.Chunk(perArticle)
            .Select((chunk, i) => (i.ToString("D8", CultureInfo.InvariantCulture), chunk))
            .ToArray();
    }

    private static string Paragraph(Random random)
    {
        var sb = new StringBuilder();
        sb.Append(Subjects[random.Next(Subjects.Length)]).Append(' ')
            .Append(Fill(Middles[random.Next(Middles.Length)], random)).Append(' ')
            .Append(Verbs[random.Next(Verbs.Length)]);
        sb.Append(' ').Append(Fill(Extras[random.Next(Extras.Length)], random));

        // Two sentences of varied content (random syllable words), as real paragraphs mostly differ.
        for (int s = 0; s < 2; s++)
        {
            int words = random.Next(6, 11);
            for (int w = 0; w < words; w++)
            {
                sb.Append(' ');
                int syllables = random.Next(2, 5);
                for (int k = 0; k < syllables; k++)
                {
                    sb.Append(Syllables[random.Next(Syllables.Length)]);
                }
            }

            sb.Append(Endings[random.Next(Endings.Length)]);
        }

        return sb.ToString();
    }

    private static readonly string[] Endings = ["했다.", "됐다.", "이다.", "있다.", "나왔다."];

    private static readonly char[] Syllables =
        "가나다라마바사아자차카타파하고노도로모보소오조초코토포호구누두루무부수우주추쿠투푸후기니디리미비시이지치키티피히개내대래매배새애재채해경정성장상강영원연전선민신인진한현".ToCharArray();

    private static string Fill(string template, Random random) =>
        template.Replace("{N}", random.Next(1, 99_999).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
