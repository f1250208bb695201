using FsCheck;
using FsCheck.Xunit;
using KoNewsParse.Duplicates;

namespace KoNewsParse.Tests.Duplicates;

public class DuplicateDetectorTests
{
    private const string P1 = "삼성전자는 올해 3분기 연결 기준 영업이익이 10조1천억원으로 잠정 집계됐다고 밝혔다.";
    private const string P2 = "회사 측은 메모리 반도체 가격 반등과 고부가 제품 판매 확대가 실적을 끌어올렸다고 설명했다.";
    private const string P3 = "증권가는 4분기에도 실적 개선 흐름이 이어질 것으로 내다봤다.";

    public static TheoryData<string[], int?[]> Cases => new()
    {
        // Exact repeat of a block: every later copy points to the FIRST occurrence.
        { [P1, P2, P3, P1, P2], [null, null, null, 0, 1] },
        { [P1, P1, P1], [null, 0, 0] },

        // Whitespace, quote and credit variants are exact after canonicalization.
        { [P1, P1.Replace(" ", "  ", StringComparison.Ordinal) + " (사진=연합뉴스)"], [null, 0] },

        // Near duplicate: one word changed and a phrase inserted.
        { [P1, P2, "한편 삼성전자는 올해 3분기 연결 기준 영업이익이 10조1천억원으로 잠정 집계됐다고 전했다."], [null, null, 0] },

        // Distinct paragraphs.
        { [P1, P2, P3], [null, null, null] },

        // Short lines are only matched exactly.
        { ["▲ 목록", "▲ 목록", "짧은 문장", "짧은 문장이다"], [null, 0, null, null] },

        // Empty paragraphs never match.
        { ["", "", "---"], [null, null, null] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void FindDuplicates_PointsEachLaterCopyToTheFirstOccurrence(string[] paragraphs, int?[] expected)
    {
        IReadOnlyList<DuplicateMatch?> matches = DuplicateDetector.Default.FindDuplicates(paragraphs);
        Assert.Equal(expected, matches.Select(m => m?.Index).ToArray());
    }

    [Fact]
    public void NearDuplicate_ReportsExactContainmentAndNotExact()
    {
        string near = P1.Replace("밝혔다", "전했다", StringComparison.Ordinal);
        DuplicateMatch match = DuplicateDetector.Default.FindDuplicates([P1, near])[1]!.Value;
        Assert.False(match.IsExact);
        double expected = ParagraphFingerprint.Containment(ParagraphFingerprint.Create(near), ParagraphFingerprint.Create(P1));
        Assert.Equal(expected, match.Similarity, 12);
        Assert.InRange(match.Similarity, 0.8, 0.999);
    }

    [Fact]
    public void EarlierNearDuplicate_WinsOverLaterExactCopy()
    {
        string variant = P1.Replace("밝혔다", "전했다", StringComparison.Ordinal);
        IReadOnlyList<DuplicateMatch?> m = DuplicateDetector.Default.FindDuplicates([P1, variant, variant]);
        Assert.Equal(0, m[1]!.Value.Index);
        Assert.Equal(0, m[2]!.Value.Index);
        Assert.False(m[2]!.Value.IsExact);
    }

    [Theory]
    [InlineData(-0.05, true)]
    [InlineData(0.0, true)]
    [InlineData(0.05, false)]
    public void Threshold_IsConfigurable(double offset, bool expectMatch)
    {
        string rewritten = "업계에 따르면 삼성전자의 올해 3분기 연결 기준 영업이익은 10조1천억원으로 잠정 집계된 것으로 알려졌다.";
        double containment = ParagraphFingerprint.Containment(ParagraphFingerprint.Create(rewritten), ParagraphFingerprint.Create(P1));
        Assert.InRange(containment, 0.3, 0.8);
        var detector = new DuplicateDetector(new DuplicateDetectorOptions { Threshold = containment + offset });
        Assert.Equal(expectMatch, detector.FindDuplicates([P1, rewritten])[1] is not null);
        Assert.Null(DuplicateDetector.Default.FindDuplicates([P1, rewritten])[1]);
    }

    [Fact]
    public void NearDuplicatesCanBeTurnedOff()
    {
        var detector = new DuplicateDetector(new DuplicateDetectorOptions { DetectNearDuplicates = false });
        string near = P1.Replace("밝혔다", "전했다", StringComparison.Ordinal);
        Assert.Equal([null, null, 0], detector.FindDuplicates([P1, near, P1]).Select(m => m?.Index).ToArray());
    }

    [Fact]
    public void LargeInputs_UseTheIndexPathWithTheSameAnswers()
    {
        var news = new SyntheticNews(11);
        List<string> bases = news.DistinctParagraphs(300);
        var paragraphs = new List<string>(bases);
        paragraphs.AddRange(bases.Take(150).Select(b => news.Apply(b, SyntheticNews.Mutation.ChangeQuotesAndSpacing)));
        IReadOnlyList<DuplicateMatch?> matches = DuplicateDetector.Default.FindDuplicates(paragraphs);
        Assert.True(paragraphs.Count > 400);
        for (int i = 0; i < 300; i++)
        {
            Assert.Null(matches[i]);
        }

        for (int i = 300; i < paragraphs.Count; i++)
        {
            Assert.Equal(i - 300, matches[i]!.Value.Index);
        }
    }

    [Property(MaxTest = 200)]
    public void FindDuplicates_NeverThrows_AndOnlyPointsBackwards(string[]? paragraphs)
    {
        string[] input = (paragraphs ?? []).Select(p => p ?? string.Empty).ToArray();
        IReadOnlyList<DuplicateMatch?> matches = DuplicateDetector.Default.FindDuplicates(input);
        Assert.Equal(input.Length, matches.Count);
        for (int i = 0; i < matches.Count; i++)
        {
            if (matches[i] is { } m)
            {
                Assert.InRange(m.Index, 0, i - 1);
                Assert.InRange(m.Similarity, 0.8, 1.0);
                Assert.Null(matches[m.Index] is { } earlier && earlier.IsExact && m.IsExact ? "chain" : null);
            }
        }
    }

    [Property(MaxTest = 100)]
    public void ExactCopies_AlwaysPointToTheFirstOccurrence(PositiveInt copies, NonEmptyString text)
    {
        string p = "본문 " + text.Get;
        var input = Enumerable.Repeat(p, Math.Min(copies.Get, 20) + 1).ToArray();
        IReadOnlyList<DuplicateMatch?> matches = DuplicateDetector.Default.FindDuplicates(input);
        Assert.Null(matches[0]);
        Assert.All(matches.Skip(1), m => Assert.Equal(0, m!.Value.Index));
    }
}
