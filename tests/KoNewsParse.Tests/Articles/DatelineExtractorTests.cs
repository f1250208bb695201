using KoNewsParse.Articles;

namespace KoNewsParse.Tests.Articles;

public class DatelineExtractorTests
{
    public static TheoryData<string, string?, string?> Layouts => new()
    {
        // text, expected published (KST), expected modified
        { "입력 2021.11.25 14:35", "2021-11-25T14:35:00+09:00", null },
        { "입력 : 2021.11.25 14:35", "2021-11-25T14:35:00+09:00", null },
        { "입력: 2021-11-25 14:35:14", "2021-11-25T14:35:14+09:00", null },
        { "기사입력 2021-11-25 오후 2:35", "2021-11-25T14:35:00+09:00", null },
        { "기사입력 2021-11-25 오전 9:05", "2021-11-25T09:05:00+09:00", null },
        { "기사입력 2021-11-25 오전 12:05", "2021-11-25T00:05:00+09:00", null },
        { "기사입력 2021-11-25 오후 12:05", "2021-11-25T12:05:00+09:00", null },
        { "2021.11.25 14:35:14", "2021-11-25T14:35:14+09:00", null },
        { "승인 2021.11.25", "2021-11-25T00:00:00+09:00", null },
        { "기사승인 2021.11.25 17:00", "2021-11-25T17:00:00+09:00", null },
        { "[2021-11-25 14:35]", "2021-11-25T14:35:00+09:00", null },
        { "등록 2021-11-25 14:35 수정 2021-11-26 09:00", "2021-11-25T14:35:00+09:00", "2021-11-26T09:00:00+09:00" },
        { "등록 2021.11.25 14:35 / 수정 2021.11.25 15:40", "2021-11-25T14:35:00+09:00", "2021-11-25T15:40:00+09:00" },
        { "입력 2021.11.25 14:35 | 최종수정 2021.11.25 18:01", "2021-11-25T14:35:00+09:00", "2021-11-25T18:01:00+09:00" },
        { "수정 2021.11.26 10:00 입력 2021.11.25 14:35", "2021-11-25T14:35:00+09:00", "2021-11-26T10:00:00+09:00" },
        { "업데이트 2021.11.26 10:00", null, "2021-11-26T10:00:00+09:00" },
        { "2021년 11월 25일 14:35", "2021-11-25T14:35:00+09:00", null },
        { "입력 2021년 11월 25일 (목) 14:35", "2021-11-25T14:35:00+09:00", null },
        { "2021년 11월 25일 목요일 오후 2시 35분", "2021-11-25T14:35:00+09:00", null },
        { "입력 2021.11.25. 14:35", "2021-11-25T14:35:00+09:00", null },
        { "송고시간 2021-11-25 14:35", "2021-11-25T14:35:00+09:00", null },
        { "송고시간2021-11-25 14:35", "2021-11-25T14:35:00+09:00", null },
        { "송고 2021-11-25 14:35", "2021-11-25T14:35:00+09:00", null },
        { "게재 일자 : 2021년 11월 25일", "2021-11-25T00:00:00+09:00", null },
        { "등록일자 2021-11-25", "2021-11-25T00:00:00+09:00", null },
        { "발행일 2021.11.25", "2021-11-25T00:00:00+09:00", null },
        { "Published 2021-11-25 14:35", "2021-11-25T14:35:00+09:00", null },
        { "2021/11/25 14:35", "2021-11-25T14:35:00+09:00", null },
        { "홍길동 기자 | 입력 2021.11.25 14:35", "2021-11-25T14:35:00+09:00", null },
        { "입력 2021.11.25 2:35 PM", "2021-11-25T14:35:00+09:00", null },
        { "2024.02.29 08:00", "2024-02-29T08:00:00+09:00", null },
        { "제목\n본문 첫 줄입니다.\n입력 2021.11.25 14:35", "2021-11-25T14:35:00+09:00", null },
        { "\n\n[2021-11-25 14:35]\n삼성전자가 25일 발표했다.", "2021-11-25T14:35:00+09:00", null },
    };

    public static TheoryData<string> NotDatelines => new()
    {
        "삼성전자는 2021년 11월 25일 새 공장을 착공한다고 밝혔다.", // a date inside a sentence, no time, no label
        "2023.02.30 14:35", // no such day
        "2021.13.01 10:00", // no such month
        "입력 2021.11.25 25:61", // no such time, falls back to the date only? no: the time is rejected, the date stays
        "버전 2.1.3 배포",
        "전화 02-1234-5678",
        "",
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Extracts_published_and_modified_from_common_layouts(string text, string? published, string? modified)
    {
        Dateline d = DatelineExtractor.Extract(text);
        Assert.Equal(published, d.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(modified, d.Modified?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(NotDatelines))]
    public void Ignores_text_that_is_not_a_dateline(string text)
    {
        Dateline d = DatelineExtractor.Extract(text);
        if (text.StartsWith("입력", StringComparison.Ordinal))
        {
            // a labelled date with an impossible time keeps the date and drops the time
            Assert.Equal(new DateTimeOffset(2021, 11, 25, 0, 0, 0, DatelineExtractor.Kst), d.Published);
            return;
        }

        Assert.Null(d.Published);
        Assert.Null(d.Modified);
    }

    [Fact]
    public void Times_are_korea_standard_time()
    {
        Dateline d = DatelineExtractor.Extract("입력 2021.11.25 00:30");
        Assert.Equal(TimeSpan.FromHours(9), d.Published!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2021, 11, 24, 15, 30, 0, TimeSpan.Zero), d.Published.Value.ToUniversalTime());
    }

    [Theory]
    [InlineData("2021.11.25 14:35", true)]
    [InlineData("[2021-11-25 14:35]", true)]
    [InlineData("2021년 11월 25일 오후 2시", true)]
    [InlineData("2021.11.25 14:35 추가", false)]
    [InlineData("어제", false)]
    public void TryParseTimestamp_accepts_only_a_whole_timestamp(string text, bool expected)
    {
        Assert.Equal(expected, DatelineExtractor.TryParseTimestamp(text, out _));
    }
}
