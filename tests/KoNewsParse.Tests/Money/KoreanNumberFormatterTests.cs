using System.Globalization;
using KoNewsParse.Money;

namespace KoNewsParse.Tests.Money;

public class KoreanNumberFormatterTests
{
    [Theory]
    [InlineData("30000000000", "KRW", "300억원")]
    [InlineData("3500000000000", "KRW", "3조5000억원")]
    [InlineData("40000000", "USD", "4000만달러")]
    [InlineData("13000", "KRW", "1만3000원")]
    [InlineData("0", "KRW", "0원")]
    [InlineData("1", "JPY", "1엔")]
    [InlineData("10000.5", "USD", "1만0.5달러")]
    [InlineData("12345.67", "EUR", "1만2345.67유로")]
    [InlineData("12000000000000000", "KRW", "1경2000조원")]
    [InlineData("100000001", "CNY", "1억1위안")]
    [InlineData("200000000", "HKD", "2억홍콩달러")]
    [InlineData("-30000000000", "KRW", "-300억원")]
    [InlineData("5000", "XAU", "5000 XAU")]
    public void Formats_like_korean_news(string amount, string currency, string expected)
    {
        Assert.Equal(expected, KoreanNumberFormatter.Format(decimal.Parse(amount, CultureInfo.InvariantCulture), currency));
    }

    [Fact]
    public void Formats_approximate_values_with_yak()
    {
        Assert.Equal("약 475억원", KoreanNumberFormatter.Format(new MoneyValue(47_500_000_000m, "KRW", true)));
        Assert.Equal("3조5000억", KoreanNumberFormatter.FormatNumber(3_500_000_000_000m));
    }

    [Fact]
    public void Rejects_a_missing_currency()
    {
        Assert.Throws<ArgumentNullException>(() => KoreanNumberFormatter.Format(1m, null!));
        Assert.Throws<ArgumentException>(() => KoreanNumberFormatter.Format(1m, " "));
    }
}
