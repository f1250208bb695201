using System.Text;
using KoNewsParse.Dates;
using static KoNewsParse.Tests.Dates.DateTestHelpers;

namespace KoNewsParse.Tests.Dates;

/// <summary>
/// FindAll costs one allocation per match (the <see cref="DateMention"/>) plus O(1) per call; <see cref="DateMention.Text"/>
/// is built lazily and stays correct through <c>with</c> expressions.
/// </summary>
public class DateAllocationTests
{
    private static readonly KoreanDateParser Parser = KoreanDateParser.Default;
    private static readonly DateOnly Reference = D("2021-11-25");

    // Written for these tests. Every sentence mixes pre-built texts (이날, 지난 23일) with forms that are not pre-built
    // (2021년 11월 25일, 12월 15일(수), 19일부터 30일까지, 다음 달 6~7일, 오후 2시 30분 attached to a day).
    private const string Sentence =
        "한결전자는 이날 2021년 11월 25일 이사회를 열고 12월 15일(수) 배당을 확정했다고 밝혔다. " +
        "지난 23일 공개한 계획에 따르면 19일부터 30일까지 청약을 받고 다음 달 6~7일 수요예측을 한다. " +
        "회사는 26일 오후 2시 30분 설명회를 열었고 300억원 규모 투자를 검토한다.\n";

    private static string Repeat(string sentence, int times) => new StringBuilder(sentence.Length * times).Insert(0, sentence, times).ToString();

    private static long Allocated(Func<int> action, out int result)
    {
        action(); // warm up: JIT, static tables, array pool
        action();
        long before = GC.GetAllocatedBytesForCurrentThread();
        result = action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>Bytes for <paramref name="count"/> bare records added to a list the way FindAll builds its result.</summary>
    private static long RecordsAndList(int count) => Allocated(
        () =>
        {
            List<DateMention> list = [];
            for (int i = 0; i < count; i++)
            {
                list.Add(new DateMention { Text = "이날", Offset = i, Time = new TimeOnly(14, 30) });
            }

            return list.Count;
        },
        out _);

    [Fact]
    public void Text_without_dates_allocates_nothing()
    {
        string text = Repeat("회사는 300억원 규모의 투자와 점유율 2.5% 확대, 2.0 버전 출시, 업계 1위를 목표로 한다. ", 200);
        Assert.Equal(0, Allocated(() => Parser.FindAll(text, Reference).Count, out int n1));
        Assert.Equal(0, Allocated(() => Parser.FindAll(text.AsSpan(), Reference).Count, out int n2));
        Assert.Equal(0, n1);
        Assert.Equal(0, n2);
    }

    [Fact]
    public void String_overload_allocates_only_the_mentions_and_the_list()
    {
        string text = Repeat(Sentence, 300);
        long bytes = Allocated(() => Parser.FindAll(text, Reference).Count, out int matches);
        Assert.Equal(7 * 300, matches);

        // Allocations = one record per match + the list: the same bytes as building that many records by hand. One
        // eager Text string per uncached match (the smallest is about 30 bytes) would exceed this by tens of kilobytes.
        long extra = bytes - RecordsAndList(matches);
        Assert.InRange(extra, -256, 256);
    }

    [Fact]
    public void Span_overload_allocates_the_mentions_the_list_and_one_shared_string()
    {
        string text = Repeat(Sentence, 300);
        long bytes = Allocated(() => Parser.FindAll(text.AsSpan(), Reference).Count, out int matches);
        Assert.Equal(7 * 300, matches);

        // The texts that are not pre-built are copied once into one string per call (at most every matched char).
        int matchedChars = Parser.FindAll(text, Reference).Sum(m => m.Length);
        long extra = bytes - RecordsAndList(matches);
        Assert.InRange(extra, 0, 32 + (2L * matchedChars) + 256);

        // Per-match strings would cost a header (about 24 bytes) per uncached match on top of the characters.
        Assert.True(extra < 24L * matches, $"{extra} extra bytes for {matches} matches");
    }

    [Fact]
    public void Per_paragraph_calls_stay_within_one_allocation_per_match_plus_one_string_per_call()
    {
        string text = Repeat(Sentence, 200);
        string[] paragraphs = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        long bytes = Allocated(
            () =>
            {
                int n = 0;
                foreach (string p in paragraphs)
                {
                    n += Parser.FindAll(p.AsSpan(), Reference).Count;
                }

                return n;
            },
            out int matches);
        Assert.Equal(7 * 200, matches);

        // Per call: one list (with its array growth) and one shared string; per match: one record.
        long perCall = (bytes - (RecordsAndList(7) * paragraphs.Length)) / paragraphs.Length;
        int charsPerCall = Parser.FindAll(Sentence, Reference).Sum(m => m.Length);
        Assert.InRange(perCall, 0, 32 + (2L * charsPerCall));
    }

    public static TheoryData<string, string> UncachedForms => new()
    {
        { "공시는 2021년 11월 25일 나왔다.", "2021년 11월 25일" },
        { "배당 기준일은 12월 15일(수)이다.", "12월 15일(수)" },
        { "청약은 19일부터 30일까지 받는다.", "19일부터 30일까지" },
        { "수요예측은 다음 달 6~7일 진행된다.", "다음 달 6~7일" },
        { "회의는 2021.11.25 열렸다.", "2021.11.25" },
        { "설명회는 26일 오후 2시 30분 열렸다.", "26일 오후 2시 30분" },
        { "이날 발표가 있었다.", "이날" },
    };

    [Theory]
    [MemberData(nameof(UncachedForms))]
    public void Text_is_the_matched_substring_for_both_overloads_and_survives_with(string sentence, string expected)
    {
        string padded = "앞 문단. " + sentence;
        DateMention fromString = Assert.Single(Parser.FindAll(padded, Reference));
        DateMention fromSpan = Assert.Single(Parser.FindAll(padded.AsSpan(), Reference));
        Assert.Equal(expected, fromString.Text);
        Assert.Equal(expected, fromSpan.Text);
        Assert.Equal(padded.Substring(fromSpan.Offset, fromSpan.Length), fromSpan.Text);
        Assert.Equal(fromString, fromSpan);
        Assert.Equal(fromString.GetHashCode(), fromSpan.GetHashCode());

        // Shifting the offset (as the article pipeline does) must not re-slice the text at the new offset.
        DateMention shifted = fromSpan with { Offset = fromSpan.Offset + 1000 };
        Assert.Equal(expected, shifted.Text);
        Assert.Equal(expected, (fromString with { Offset = 0, Length = 1 }).Text);
        Assert.NotEqual(fromSpan, shifted);
        Assert.Equal(fromSpan, shifted with { Offset = fromSpan.Offset });
        Assert.NotEqual(fromSpan, fromSpan with { Text = expected + "까지" });
        Assert.Equal(fromSpan, fromSpan with { Text = expected });
    }

    [Fact]
    public void Text_read_twice_is_the_same_string()
    {
        DateMention m = Assert.Single(Parser.FindAll("공시는 2021년 11월 25일 나왔다.".AsSpan(), Reference));
        Assert.Same(m.Text, m.Text);
        Assert.Same(m.Text, (m with { Offset = 3 }).Text);
    }

    [Fact]
    public void Text_set_through_init_is_kept()
    {
        var m = new DateMention { Text = "지난 23일", Offset = 4, Length = 6 };
        Assert.Equal("지난 23일", m.Text);
        Assert.Equal("지난 23일", (m with { Offset = 10 }).Text);
        Assert.Null(m.Time);
        Assert.Equal(new TimeOnly(9, 5), (m with { Time = new TimeOnly(9, 5) }).Time);
        Assert.Null((m with { Time = null }).Time);
    }

    [Fact]
    public void Concurrent_first_reads_of_text_agree()
    {
        string text = Repeat(Sentence, 50);
        IReadOnlyList<DateMention> mentions = Parser.FindAll(text.AsSpan(), Reference);
        string[][] seen = new string[4][];
        Parallel.For(0, seen.Length, t => seen[t] = mentions.Select(m => m.Text).ToArray());
        string[] expected = mentions.Select(m => text.Substring(m.Offset, m.Length)).ToArray();
        foreach (string[] s in seen)
        {
            Assert.Equal(expected, s);
        }
    }
}
