using System.Globalization;
using KoNewsParse.Text;

namespace KoNewsParse.Tests.Money;

public class KoreanNumeralsTests
{
    [Theory]
    [InlineData("300억", "30000000000", 4)]
    [InlineData("3조5000억", "3500000000000", 7)]
    [InlineData("4천746억", "474600000000", 6)]
    [InlineData("이십오만", "250000", 4)]
    [InlineData("천오백", "1500", 3)]
    [InlineData("1,234,567", "1234567", 9)]
    [InlineData("12.5", "12.5", 4)]
    [InlineData("1,23", "1", 1)]
    [InlineData("23일", "23", 2)]
    [InlineData("3억이", "300000000", 2)]
    [InlineData("오백억이", "50000000000", 3)]
    [InlineData("1조 2000억", "1200000000000", 8)]
    [InlineData("1조 2021년", "1000000000000", 2)]
    [InlineData("1경 2조 3억 4만", "10002000300040000", 11)]
    [InlineData("5백만", "5000000", 3)]
    [InlineData("2021.11.25", "2021.11", 7)]
    public void Reads_the_longest_well_formed_number(string text, string value, int end)
    {
        Assert.True(KoreanNumerals.TryRead(text, 0, allowSeveral: true, out KoreanNumber n, out _));
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), n.Value);
        Assert.Equal(end, n.End);
    }

    [Theory]
    [InlineData("20억", "100000000")]
    [InlineData("4천억", "100000000000")]
    [InlineData("1만3천", "1000")]
    [InlineData("300", "1")]
    [InlineData("3조5000억", "100000000")]
    public void Reports_the_scale_of_the_last_literal(string text, string scale)
    {
        Assert.True(KoreanNumerals.TryRead(text, 0, allowSeveral: false, out KoreanNumber n, out _));
        Assert.Equal(decimal.Parse(scale, CultureInfo.InvariantCulture), n.LastScale);
    }

    [Theory]
    [InlineData("")]
    [InlineData("원")]
    [InlineData("수")]
    [InlineData("이번")]
    [InlineData("1234567890123456789012345")]
    [InlineData("1.1234567890")]
    [InlineData("999999경")]
    [InlineData("4천1746")]
    public void Rejects_non_numbers_and_overflow(string text)
    {
        Assert.False(KoreanNumerals.TryRead(text, 0, allowSeveral: true, out _, out int skipTo));
        Assert.True(skipTo >= Math.Min(1, text.Length));
    }
}
