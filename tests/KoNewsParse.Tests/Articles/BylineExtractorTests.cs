using KoNewsParse.Articles;

namespace KoNewsParse.Tests.Articles;

public class BylineExtractorTests
{
    public static TheoryData<string, string?, string?, string?> Layouts => new()
    {
        // text, name, email, agency
        { "홍길동 기자 gildong@example.co.kr", "홍길동", "gildong@example.co.kr", null },
        { "(서울=연합뉴스) 홍길동 기자 = 삼성전자가 25일 신제품을 공개했다.", "홍길동", null, "연합뉴스" },
        { "(세종=코뉴스) 김철수 기자 = 정부가 예산안을 확정했다.", "김철수", null, "코뉴스" },
        { "[코뉴스 홍길동 기자]", "홍길동", null, null },
        { "홍길동 기자 (gildong@example.co.kr)", "홍길동", "gildong@example.co.kr", null },
        { "홍길동 기자 <gildong@example.co.kr>", "홍길동", "gildong@example.co.kr", null },
        { "홍길동·김철수 기자", "홍길동·김철수", null, null },
        { "홍길동 선임기자 gildong@example.com", "홍길동", "gildong@example.com", null },
        { "뉴욕=홍길동 특파원", "홍길동", null, null },
        { "홍길동 기자\ngildong@example.co.kr", "홍길동", "gildong@example.co.kr", null },
        { "본문입니다.\n\n홍길동 기자 gildong@example.co.kr\nⓒ 코뉴스", "홍길동", "gildong@example.co.kr", null },
        { "(서울=연합뉴스) 홍길동 기자 = 본문.\n홍길동 기자 gildong@example.co.kr", "홍길동", "gildong@example.co.kr", "연합뉴스" },
        { "/홍길동 기자 gildong@example.co.kr", "홍길동", "gildong@example.co.kr", null },
        { "글·사진=홍길동 기자", "홍길동", null, null },
        { "본문입니다.\ngildong@example.co.kr", null, "gildong@example.co.kr", null },
    };

    public static TheoryData<string> NotBylines => new()
    {
        "대통령은 기자회견에서 새 정책을 발표했다.",
        "현장에 있던 기자들은 질문을 이어갔다.",
        "사진 기자",
        "그는 기자는 아니다.",
        "삼성전자는 25일 실적을 발표했다.",
        "",
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Extracts_name_email_and_agency(string text, string? name, string? email, string? agency)
    {
        Byline? b = BylineExtractor.Extract(text);
        Assert.NotNull(b);
        Assert.Equal(name, b.Name);
        Assert.Equal(email, b.Email);
        Assert.Equal(agency, b.Agency);
    }

    [Theory]
    [MemberData(nameof(NotBylines))]
    public void Ignores_lines_that_only_mention_reporters(string text)
    {
        Assert.Null(BylineExtractor.Extract(text));
    }

    [Fact]
    public void Agency_layout_keeps_the_location()
    {
        Byline? b = BylineExtractor.Extract("(부산=연합뉴스) 홍길동 기자 = 본문");
        Assert.Equal("부산", b?.Location);
    }
}
