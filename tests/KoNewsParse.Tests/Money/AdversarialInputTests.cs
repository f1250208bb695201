using System.Globalization;
using KoNewsParse.Money;

namespace KoNewsParse.Tests.Money;

/// <summary>What the money and quantity scanners find on megabyte inputs made of one unit repeated (see <see cref="AdversarialText"/>).</summary>
public class AdversarialInputTests
{
    public static TheoryData<string> UnitsWithoutACurrency => new()
    {
        "7", "만", "억", ",", ".", "1,", "1.", "(", "1조 ", "수", "1~", "오백", "천", "1억 ", "일이삼사오육칠팔구",
    };

    [Theory]
    [MemberData(nameof(UnitsWithoutACurrency))]
    public void Adversarial_megabyte_inputs_without_a_currency_yield_nothing(string unit) =>
        Adversarial_megabyte_inputs_yield_exactly_the_expected_amounts(unit, 0, "");

    [Theory]
    [InlineData("1억원(", 262_144, "1억원 = 100000000 KRW None")]
    [InlineData("$1", 524_288, "$1 = 1 USD None")]
    [InlineData("1원 ", 349_526, "1원 = 1 KRW None")]
    [InlineData("4000만달러(약 ", 104_858, "4000만달러 = 40000000 USD None | 약 4000만달러 = 40000000 USD Approximately")]
    [InlineData("1000원에서 ", 65_536, "1000원에서 1000원 = 1000 KRW Range [1000, 1000]")]
    [InlineData("-50억원 ", 174_763, "-50억원 = -5000000000 KRW None")]
    [InlineData("--1원", 262_144, "1원 = 1 KRW None")] // a doubled hyphen is no sign
    [InlineData("마이너스 1원 ", 131_072, "마이너스 1원 = -1 KRW None")]
    public void Adversarial_megabyte_inputs_yield_exactly_the_expected_amounts(string unit, int count, string distinctAmounts)
    {
        string text = AdversarialText.Repeat(unit);
        (IReadOnlyList<MoneyMention> money, IReadOnlyList<QuantityMention> quantities) = MoneyPropertyTests.CheckInvariants(text);
        Assert.Equal(count, money.Count);
        Assert.Equal(distinctAmounts, string.Join(" | ", money.Select(Describe).Distinct()));
        Assert.Empty(quantities);
        Assert.False(MoneyParser.Default.TryParse(text, out _));
    }

    [Fact]
    public void Megabyte_of_digits_is_one_rejected_number()
    {
        Assert.Empty(MoneyParser.Default.FindAll(AdversarialText.Repeat("7") + "원"));
    }

    private static string Describe(MoneyMention m)
    {
        string bounds = m.Min is null && m.Max is null ? "" : string.Create(CultureInfo.InvariantCulture, $" [{m.Min}, {m.Max}]");
        return string.Create(CultureInfo.InvariantCulture, $"{m.Text} = {m.Amount} {m.Currency} {m.Qualifiers}{bounds}");
    }
}
