using System.Text;
using KoNewsParse.Money;

namespace KoNewsParse.Tests.Money;

public class AllocationTests
{
    private static string Build(string sentence, int times)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < times; i++)
        {
            sb.Append(sentence);
        }

        return sb.ToString();
    }

    private static long Allocated(Action action)
    {
        action(); // warm up: JIT, static tables, array pool
        action();
        long before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void Text_without_money_allocates_nothing()
    {
        string text = Build("지난 23일 2021년 3분기 실적에서 점유율 2.5%p, 업계 1위, 6달 만에 원인 분석, 문의 02-1234-5678. ", 200);
        Assert.Equal(0, Allocated(() => MoneyParser.Default.FindAll(text)));
        Assert.Equal(0, Allocated(() => MoneyParser.Default.FindAll(text.AsSpan())));
    }

    [Fact]
    public void Each_match_costs_about_one_record()
    {
        string text = Build("회사는 3조5000억원 규모의 투자와 4000만달러(약 475억원) 조달, 약 450여억원 손실을 밝혔다. ", 1000);
        int mentions = 0;
        long bytes = Allocated(() => mentions = MoneyParser.Default.FindAll(text).Count);
        Assert.Equal(3000, mentions);

        // One MoneyMention is about 200 bytes; the result list adds about 16 bytes per match amortized. A second
        // allocation per match (an eager Text string or a joined qualifier) would push this well above 300.
        Assert.True(bytes / mentions < 260, $"{bytes / mentions} bytes per match");
    }
}
