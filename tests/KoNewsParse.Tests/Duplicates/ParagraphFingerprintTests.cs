using FsCheck;
using FsCheck.Xunit;
using KoNewsParse.Duplicates;

namespace KoNewsParse.Tests.Duplicates;

public class ParagraphFingerprintTests
{
    [Theory]
    [InlineData("삼성전자가 3분기 영업이익 10조원을 기록했다.", "삼성전자가  3분기 영업이익 10조원을 기록했다 .")]
    [InlineData("그는 \"투자를 늘리겠다\"고 말했다.", "그는 “투자를 늘리겠다”고 말했다.")]
    [InlineData("그는 '투자를 늘리겠다'고 말했다.", "그는 「투자를 늘리겠다」고 말했다.")]
    [InlineData("신공장 전경.", "신공장 전경. (사진=삼성전자 제공)")]
    [InlineData("신공장 전경.", "신공장 전경. /사진제공=현대차")]
    [InlineData("신공장 전경.", "[사진=연합뉴스] 신공장 전경.")]
    [InlineData("매출이 크게 늘었다.", "매출이 크게 늘었다. 홍길동 기자")]
    [InlineData("매출이 크게 늘었다.", "매출이 크게 늘었다. /홍길동 기자 gildong@example.co.kr")]
    [InlineData("매출이 크게 늘었다.", "매출이 크게 늘었다. (gildong@example.co.kr)")]
    [InlineData("매출이 크게 늘었다.", "(서울=연합뉴스) 홍길동 기자 = 매출이 크게 늘었다.")]
    [InlineData("ABC 반도체 12.5%", "ａｂｃ　반도체 １２．５％")]
    [InlineData("삼성 전자", "삼성전자")]
    public void Canonicalization_IgnoresWhatDoesNotChangeMeaning(string a, string b)
    {
        Assert.Equal(ParagraphFingerprint.Canonicalize(a), ParagraphFingerprint.Canonicalize(b));
        Assert.Equal(ParagraphFingerprint.ComputeHash(a), ParagraphFingerprint.ComputeHash(b));
    }

    [Theory]
    [InlineData("영업이익이 12.5% 늘었다.", "영업이익이 125% 늘었다.")]
    [InlineData("영업이익이 10조원을 기록했다.", "영업이익이 11조원을 기록했다.")]
    [InlineData("주가가 올랐다.", "주가가 내렸다.")]
    [InlineData("환율(1달러=1300원) 기준이다.", "환율 기준이다.")]
    [InlineData("홍길동 기자회견에서 말했다.", "말했다.")]
    public void Canonicalization_KeepsWhatChangesMeaning(string a, string b)
    {
        Assert.NotEqual(ParagraphFingerprint.Canonicalize(a), ParagraphFingerprint.Canonicalize(b));
        Assert.NotEqual(ParagraphFingerprint.ComputeHash(a), ParagraphFingerprint.ComputeHash(b));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("   ", true)]
    [InlineData("…!!! ---", true)]
    [InlineData("가", false)]
    public void EmptyCanonicalText_HasZeroHash(string text, bool empty)
    {
        ParagraphFingerprint fp = ParagraphFingerprint.Create(text);
        Assert.Equal(empty, fp.IsEmpty);
        Assert.Equal(empty, fp.Hash == 0);
    }

    [Fact]
    public void Containment_IsExactShingleFraction()
    {
        ParagraphFingerprint whole = ParagraphFingerprint.Create("가나다라마바사아자차");
        ParagraphFingerprint part = ParagraphFingerprint.Create("가나다라마바");
        Assert.Equal(1.0, ParagraphFingerprint.Containment(part, whole));

        // "가나다라마바X": shingles 가나다라마, 나다라마바 (in whole) and 다라마바X (not): 2 of 3.
        ParagraphFingerprint edited = ParagraphFingerprint.Create("가나다라마바X");
        Assert.Equal(2.0 / 3, ParagraphFingerprint.Containment(edited, whole), 10);
        Assert.Equal(0, ParagraphFingerprint.Containment(ParagraphFingerprint.Create("가나"), whole));
    }

    [Fact]
    public void MinHash_EstimatesJaccardOfSimilarParagraphs()
    {
        var news = new SyntheticNews(7);
        string a = news.Paragraph(3);
        string b = news.Apply(a, SyntheticNews.Mutation.EditWord);
        ParagraphFingerprint fa = ParagraphFingerprint.Create(a), fb = ParagraphFingerprint.Create(b);
        UInt128[] sa = ParagraphFingerprint.Shingles(fa.Text), sb = ParagraphFingerprint.Shingles(fb.Text);
        int common = ParagraphFingerprint.IntersectionCount(sa, sb, 0);
        double jaccard = (double)common / (sa.Length + sb.Length - common);
        double estimate = ParagraphFingerprint.EstimateJaccard(fa.ComputeMinHash(256), fb.ComputeMinHash(256));
        Assert.InRange(estimate, jaccard - 0.12, jaccard + 0.12);
        Assert.Equal(1.0, ParagraphFingerprint.EstimateJaccard(fa.ComputeMinHash(64), fa.ComputeMinHash(64)));
    }

    [Fact]
    public void SimHash_IsStableAndSensitiveToContent()
    {
        ParagraphFingerprint a = ParagraphFingerprint.Create("삼성전자는 올해 3분기 영업이익이 크게 늘었다고 밝혔다.");
        ParagraphFingerprint b = ParagraphFingerprint.Create("카카오는 내년 상반기 신규 서비스를 출시한다고 발표했다.");
        Assert.Equal(a.ComputeSimHash(), ParagraphFingerprint.Create(a.Text).ComputeSimHash());
        Assert.NotEqual(a.ComputeSimHash(), b.ComputeSimHash());
    }

    [Property(MaxTest = 300)]
    public void Create_NeverThrows_AndIsDeterministic(string? text)
    {
        ParagraphFingerprint a = ParagraphFingerprint.Create(text);
        ParagraphFingerprint b = ParagraphFingerprint.Create(text);
        Assert.Equal(a.Hash, b.Hash);
        Assert.Equal(a.Text, b.Text);
        Assert.Equal(a.ComputeMinHash(8), b.ComputeMinHash(8));
    }

    [Property(MaxTest = 200)]
    public void Canonicalization_KeepsOnlyLettersDigitsAndMeaningfulSymbols(NonNull<string> text)
    {
        foreach (char c in ParagraphFingerprint.Canonicalize(text.Get))
        {
            Assert.True(char.IsLetterOrDigit(c) || "%$€¥£₩.".Contains(c), $"unexpected U+{(int)c:X4}");
            Assert.Equal(char.ToLowerInvariant(c), c);
        }
    }
}
