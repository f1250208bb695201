using System.Globalization;
using KoNewsParse.Money;

namespace KoNewsParse.Tests.Money;

public class QuantityParserTests
{
    private static readonly QuantityParser Parser = QuantityParser.Default;

    [Theory]
    [InlineData("부품 450여개를 납품한다.", "450여개", "450", "개", true)]
    [InlineData("30여개국에 수출한다.", "30여개국", "30", "개국", true)]
    [InlineData("가입자가 5백만명을 넘었다.", "5백만명", "5000000", "명", false)]
    [InlineData("신주 1,200만주를 발행한다.", "1,200만주", "12000000", "주", false)]
    [InlineData("자사주 500주를 샀다.", "500주", "500", "주", false)]
    [InlineData("공장 3곳을 세운다.", "3곳", "3", "곳", false)]
    [InlineData("매출이 2배로 늘었다.", "2배", "2", "배", false)]
    [InlineData("점유율이 10%에 이른다.", "10%", "10", "%", false)]
    [InlineData("금리를 0.5%p 올렸다.", "0.5%p", "0.5", "%p", false)]
    [InlineData("3.2%포인트 하락했다.", "3.2%포인트", "3.2", "%p", false)]
    [InlineData("12.5퍼센트 증가", "12.5퍼센트", "12.5", "%", false)]
    [InlineData("1.5퍼센트포인트 상승", "1.5퍼센트포인트", "1.5", "%p", false)]
    [InlineData("관련 소송 3건이 걸려 있다.", "3건", "3", "건", false)]
    [InlineData("100가구를 분양한다.", "100가구", "100", "가구", false)]
    [InlineData("약 30%가 반대했다.", "약 30%", "30", "%", true)]
    [InlineData("수십개의 협력사", "수십개", "10", "개", true)]
    [InlineData("백여명이 모였다.", "백여명", "100", "명", true)]
    [InlineData("선박 12척을 수주했다.", "12척", "12", "척", false)]
    [InlineData("원유 200만배럴을 들여온다.", "200만배럴", "2000000", "배럴", false)]
    [InlineData("쌀 3만톤을 수입한다.", "3만톤", "30000", "톤", false)]
    [InlineData("협력사 1천여곳이 참여한다.", "1천여곳", "1000", "곳", true)]
    [InlineData("5개사가 컨소시엄을 꾸렸다.", "5개사", "5", "개사", false)]
    [InlineData("오피스텔 20채를 팔았다.", "20채", "20", "채", false)]
    [InlineData("코스피가 30포인트 올랐다.", "30포인트", "30", "포인트", false)]
    [InlineData("신규 계좌 10만계좌가 열렸다.", "10만계좌", "100000", "계좌", false)]
    [InlineData("이십오명이 합격했다.", "이십오명", "25", "명", false)]
    [InlineData("1만여명이 몰렸다.", "1만여명", "10000", "명", true)]
    [InlineData("세 가지가 아닌 3가지 이유", "3가지", "3", "가지", false)]
    [InlineData("전 품목 10%할인", "10%", "10", "%", false)]
    [InlineData("30%대 지지율", "30%", "30", "%", false)]
    [InlineData("직원 1,500명을 채용한다.", "1,500명", "1500", "명", false)]
    [InlineData("민원 2천여건이 접수됐다.", "2천여건", "2000", "건", true)]
    [InlineData("십수개 업체", "십수개", "11", "개", true)]
    public void Finds_counts_and_ratios(string text, string expectedText, string value, string unit, bool approximate)
    {
        QuantityMention q = Assert.Single(Parser.FindAll(text));
        Assert.Equal(expectedText, q.Text);
        Assert.Equal(text.Substring(q.Offset, q.Length), q.Text);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), q.Value);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(approximate, q.IsApproximate);
    }

    [Theory]
    [InlineData("4개월 연속 올랐다.")]
    [InlineData("3주 만에 반등했다.")]
    [InlineData("52주 신고가를 새로 썼다.")]
    [InlineData("업계 1위를 지켰다.")]
    [InlineData("3분기 실적")]
    [InlineData("2021년 매출")]
    [InlineData("20대 남성")]
    [InlineData("오후 5시")]
    [InlineData("매출 300억원")]
    [InlineData("3개발 사업")]
    [InlineData("3건설 부문")]
    [InlineData("2배당 정책")]
    [InlineData("명예 회장")]
    [InlineData("만명 넘게")]
    [InlineData("설립 100주년을 맞았다.")]
    [InlineData("이사회")]
    public void Finds_no_quantity_in_traps(string text)
    {
        Assert.Empty(Parser.FindAll(text));
    }

    [Fact]
    public void Span_and_string_overloads_agree()
    {
        const string text = "30여개국 5백만명이 10% 늘어 0.5%p 올랐다.";
        Assert.Equal(Parser.FindAll(text), Parser.FindAll(text.AsSpan()));
        Assert.Equal(["30여개국", "5백만명", "10%", "0.5%p"], Parser.FindAll(text.AsSpan()).Select(q => q.Text));
    }
}
