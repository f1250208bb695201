using FsCheck;
using FsCheck.Xunit;
using KoNewsParse.Duplicates;

namespace KoNewsParse.Tests.Duplicates;

/// <summary>
/// The exact verifier and its bitmap bound decide which near-duplicate candidates reach the caller, so they are checked
/// against a plain reference (sorted shingle sets) on texts drawn from a tiny alphabet, where shingles repeat and collide often.
/// </summary>
public class ShingleVerifierTests
{
    private const string Alphabet = "가나다0";

    private static string RandomText(Random random, int maxLength)
    {
        int length = random.Next(maxLength + 1);
        return string.Create(length, random, static (span, r) =>
        {
            for (int i = 0; i < span.Length; i++)
            {
                span[i] = Alphabet[r.Next(Alphabet.Length)];
            }
        });
    }

    private static int ReferenceCommon(string a, string b) =>
        ParagraphFingerprint.IntersectionCount(ParagraphFingerprint.Shingles(a), ParagraphFingerprint.Shingles(b), 0);

    private static ulong[] BitmapOf(string text)
    {
        var bitmap = new ulong[ShingleVerifier.BitmapWords];
        ShingleVerifier.FillBitmap(text, bitmap);
        return bitmap;
    }

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("가나다라", "가나다라", 0)] // shorter than one shingle
    [InlineData("가나다라마", "가나다라마", 1)]
    [InlineData("가나다라마바", "나다라마바사", 1)]
    [InlineData("aaaaaaaaaa", "aaaaa", 1)] // one distinct shingle, repeated
    [InlineData("abcdefgh", "hgfedcba", 0)]
    [InlineData("abcdeabcde", "bcdea", 1)]
    public void CountCommon_CountsDistinctSharedShingles(string loaded, string other, int expected)
    {
        var verifier = new ShingleVerifier(loaded);
        Assert.Equal(expected, verifier.CountCommon(other));
        Assert.Equal(ReferenceCommon(loaded, other), verifier.CountCommon(other));
    }

    [Fact]
    public void Count_IsTheNumberOfDistinctShingles()
    {
        Assert.Equal(0, new ShingleVerifier("가나다").Count);
        Assert.Equal(1, new ShingleVerifier("aaaaaaaa").Count);
        Assert.Equal(ParagraphFingerprint.Shingles("가나다라마바사아자").Length, new ShingleVerifier("가나다라마바사아자").Count);
    }

    [Property(MaxTest = 300)]
    public void CountCommon_EqualsTheSortedSetReference(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        string a = RandomText(random, 120), b = RandomText(random, 120);
        Assert.Equal(ReferenceCommon(a, b), new ShingleVerifier(a).CountCommon(b));
    }

    [Property(MaxTest = 300)]
    public void CountCommon_WithANeed_IsExactWhenReachedAndBelowOtherwise(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        string a = RandomText(random, 150), b = RandomText(random, 150);
        int exact = ReferenceCommon(a, b);
        int needed = random.Next(0, ParagraphFingerprint.Shingles(a).Length + 2);
        int early = new ShingleVerifier(a).CountCommon(b, needed);
        if (exact >= needed)
        {
            Assert.Equal(exact, early);
        }
        else
        {
            Assert.True(early < needed, $"early {early}, needed {needed}, exact {exact}");
        }
    }

    [Property(MaxTest = 300)]
    public void UpperBound_NeverUndercounts_AndWithANeedIsTightWheneverItCouldReachIt(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        string a = RandomText(random, 400), b = RandomText(random, 400);
        var verifier = new ShingleVerifier(a);
        int exact = ReferenceCommon(a, b);
        int tight = verifier.UpperBound(BitmapOf(b));
        Assert.InRange(tight, exact, Math.Max(verifier.Count, exact));

        int needed = random.Next(0, verifier.Count + 2);
        int early = verifier.UpperBound(BitmapOf(b), needed);
        Assert.True(early >= tight, $"early {early} < tight {tight}");
        if (early >= needed)
        {
            Assert.Equal(tight, early); // a bound that may pass is the full one
        }
    }

    [Property(MaxTest = 300)]
    public void WideUpperBound_OfAUnion_NeverUndercountsAnyMember(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        string a = RandomText(random, 400);
        var verifier = new ShingleVerifier(a);
        var union = new ulong[ShingleVerifier.WideWords];
        var members = new List<string>();
        for (int m = 0; m < 1 + random.Next(8); m++)
        {
            members.Add(RandomText(random, 400));
            ShingleVerifier.OrWideBitmap(members[^1], union);
        }

        int bound = verifier.WideUpperBound(union);
        Assert.All(members, b => Assert.True(bound >= ReferenceCommon(a, b), $"bound {bound} < common {ReferenceCommon(a, b)}"));
        Assert.InRange(bound, 0, verifier.Count);
    }

    [Fact]
    public void WideBitmap_OfTheLoadedText_IsWhatOrWideBitmapSets_AndBoundsItselfAtItsCount()
    {
        string a = "삼성전자는올해설비투자를전년보다늘리겠다고밝혔다", b = "코스피는외국인매도에밀려하락마감했다";
        var verifier = new ShingleVerifier(a);
        var expected = new ulong[ShingleVerifier.WideWords];
        ShingleVerifier.OrWideBitmap(a, expected);
        Assert.Equal(expected, verifier.WideBitmap.ToArray());
        Assert.Equal(verifier.Count, verifier.WideUpperBound(expected));

        var other = new ulong[ShingleVerifier.WideWords];
        ShingleVerifier.OrWideBitmap(b, other);
        Assert.True(verifier.WideUpperBound(other) < verifier.Count / 4);
        verifier.Reset(b); // a new text recomputes it
        Assert.Equal(other, verifier.WideBitmap.ToArray());
    }

    [Fact]
    public void UpperBound_OfATextAgainstItself_IsItsCount_AndRejectsUnrelatedText()
    {
        string a = "삼성전자는올해설비투자를전년보다늘리겠다고밝혔다", b = "코스피는외국인매도에밀려하락마감했다";
        var verifier = new ShingleVerifier(a);
        Assert.Equal(verifier.Count, verifier.UpperBound(BitmapOf(a)));
        Assert.True(verifier.UpperBound(BitmapOf(b)) < verifier.Count / 2);
    }

    [Fact]
    public void UpperBound_StaysSafeForLongTextsWithManyShinglesPerBit()
    {
        // ~20,000 distinct shingles on 448 bits: dozens of bit layers.
        var random = new Random(7);
        string a = string.Concat(Enumerable.Range(0, 20_000).Select(_ => (char)('가' + random.Next(2000))));
        string b = a[5_000..9_000] + RandomText(random, 2_000);
        var verifier = new ShingleVerifier(a);
        Assert.True(verifier.UpperBound(BitmapOf(b)) >= ReferenceCommon(a, b));
        Assert.Equal(ReferenceCommon(a, b), verifier.CountCommon(b));
    }

    [Property(MaxTest = 100)]
    public void Reset_ReusesTheVerifierWithTheSameAnswersAsANewOne(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var reused = new ShingleVerifier();
        for (int round = 0; round < 6; round++)
        {
            // Alternate long and short texts so arrays are both grown and partly reused.
            string a = RandomText(random, round % 2 == 0 ? 300 : 30), b = RandomText(random, 300);
            reused.Reset(a);
            var fresh = new ShingleVerifier(a);
            Assert.Equal(fresh.Count, reused.Count);
            Assert.Equal(fresh.CountCommon(b), reused.CountCommon(b));
            Assert.Equal(fresh.CountCommon(b), reused.CountCommon(b)); // a second count on the same text (stamps)
            Assert.Equal(fresh.UpperBound(BitmapOf(b)), reused.UpperBound(BitmapOf(b)));
        }
    }
}
