using System.Diagnostics;
using System.Text;
using KoNewsParse.Money;

namespace KoNewsParse.Tests.Money;

[CollectionDefinition(nameof(LinearTimeTests), DisableParallelization = true)]
public sealed class LinearTimeCollection;

// Runs alone and measures process CPU time, so that a loaded build machine does not make the guard flaky; a
// super-linear scan of a megabyte would take minutes, far beyond the bound.
[Collection(nameof(LinearTimeTests))]
public class LinearTimeTests
{
    private const int Size = 1 << 20;

    private static string Repeat(string unit)
    {
        var sb = new StringBuilder(Size + unit.Length);
        while (sb.Length < Size)
        {
            sb.Append(unit);
        }

        return sb.ToString();
    }

    [Theory]
    [InlineData("7")]
    [InlineData("만")]
    [InlineData("억")]
    [InlineData(",")]
    [InlineData(".")]
    [InlineData("1,")]
    [InlineData("1.")]
    [InlineData("(")]
    [InlineData("1억원(")]
    [InlineData("1조 ")]
    [InlineData("수")]
    [InlineData("1~")]
    [InlineData("$1")]
    [InlineData("오백")]
    [InlineData("천")]
    [InlineData("1억 ")]
    [InlineData("1원 ")]
    [InlineData("4000만달러(약 ")]
    [InlineData("일이삼사오육칠팔구")]
    [InlineData("1000원에서 ")]
    public void Adversarial_megabyte_inputs_are_scanned_quickly(string unit)
    {
        string text = Repeat(unit);
        using var process = Process.GetCurrentProcess();
        TimeSpan before = process.TotalProcessorTime;
        IReadOnlyList<MoneyMention> money = MoneyParser.Default.FindAll(text);
        IReadOnlyList<QuantityMention> quantities = QuantityParser.Default.FindAll(text);
        MoneyParser.Default.TryParse(text, out _);
        process.Refresh();
        TimeSpan cpu = process.TotalProcessorTime - before;
        Assert.True(cpu < TimeSpan.FromSeconds(2), $"{unit}: {cpu.TotalMilliseconds} ms CPU for {money.Count + quantities.Count} mentions");
    }

    [Fact]
    public void Megabyte_of_digits_is_one_rejected_number()
    {
        Assert.Empty(MoneyParser.Default.FindAll(Repeat("7") + "원"));
    }
}
