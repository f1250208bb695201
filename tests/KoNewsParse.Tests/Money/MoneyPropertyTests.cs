using FsCheck;
using FsCheck.Xunit;
using KoNewsParse.Money;

namespace KoNewsParse.Tests.Money;

public class MoneyPropertyTests
{
    private static readonly string[] Codes =
    [
        "KRW", "USD", "JPY", "CNY", "EUR", "GBP", "HKD", "CAD", "AUD", "SGD", "TWD", "NZD", "CHF", "INR", "IDR",
        "RUB", "THB", "MYR", "BRL", "VND", "MXN", "PHP",
    ];

    private static readonly string[] Seeds =
    [
        "삼성전자가 3조5000억원을 투자하고 4000만달러(약 475억원)를 빌렸다.",
        "약 450여억원, 수백억원대, 10~20억원, 10억원에서 20억원 사이",
        "1억달러(한화 약 1190억원) 규모의 $4.5 billion 거래와 US$1.2bn",
        "2021년 23일 6달 만에 원인 병원 위원 회원 지원 1위 3분기 02-1234-5678",
        "오백억 원, 삼천만원, 이십오만원, 5백만원, 4천746억원, 1만3천원, 12.5억원",
        "30여개국 5백만명 1,200만주 0.5%p 3.2%포인트 2배 3곳",
    ];

    private const string Alphabet = "0123456789,.~-()$억만조경천백십원달러엔약여수대 이상미만최대규모한화일이삼오";

    /// <summary>Checks what the scanners find in <paramref name="text"/> for consistency, and returns it.</summary>
    internal static (IReadOnlyList<MoneyMention> Money, IReadOnlyList<QuantityMention> Quantities) CheckInvariants(string text)
    {
        IReadOnlyList<MoneyMention> money = MoneyParser.Default.FindAll(text);
        int previousEnd = 0;
        foreach (MoneyMention m in money)
        {
            Assert.True(m.Offset >= previousEnd, "mentions overlap or are out of order");
            Assert.True(m.Length > 0);
            Assert.Equal(text.Substring(m.Offset, m.Length), m.Text);
            // Negative only with a sign at the start of the mention (a sign inside, as in a range, never flips it).
            bool signed = m.Text.Length > 0 && (m.Text[0] is '-' or '\u2212' or '\uFF0D' || m.Text.StartsWith("마이너스", StringComparison.Ordinal));
            Assert.True(m.Amount >= 0 || signed, $"negative amount without a leading sign: {m.Text}");
            Assert.Equal(3, m.Currency.Length);
            if (m.Min is { } min && m.Max is { } max)
            {
                Assert.True(min <= max, $"min {min} > max {max} in {m.Text}");
            }

            previousEnd = m.Offset + m.Length;
        }

        previousEnd = 0;
        IReadOnlyList<QuantityMention> quantities = QuantityParser.Default.FindAll(text.AsSpan());
        foreach (QuantityMention q in quantities)
        {
            Assert.True(q.Offset >= previousEnd);
            Assert.Equal(text.Substring(q.Offset, q.Length), q.Text);
            previousEnd = q.Offset + q.Length;
        }

        Assert.Equal(money, MoneyParser.Default.FindAll(text.AsSpan()));
        Assert.Equal(money, MoneyParser.Default.EnumerateAll(text).ToList()); // streamed: the same mentions
        MoneyParser.Default.TryParse(text, out _);
        return (money, quantities);
    }

    [Property(MaxTest = 300)]
    public void Random_strings_never_throw_and_mentions_are_consistent(NonNull<string> text) => CheckInvariants(text.Get);

    [Property(MaxTest = 500)]
    public void Mutated_news_sentences_never_throw_and_mentions_are_consistent(byte seed, int[] edits)
    {
        var chars = new List<char>(Seeds[seed % Seeds.Length]);
        foreach (int e in edits ?? [])
        {
            int position = (int)((uint)e % (uint)(chars.Count + 1));
            char c = Alphabet[(int)((uint)(e >> 8) % (uint)Alphabet.Length)];
            switch ((e >> 16) & 3)
            {
                case 0:
                    chars.Insert(position, c);
                    break;
                case 1 when position < chars.Count:
                    chars.RemoveAt(position);
                    break;
                case 2 when position < chars.Count:
                    chars[position] = c;
                    break;
                default:
                    chars.InsertRange(position, Enumerable.Repeat(c, (e >> 20) & 15));
                    break;
            }
        }

        CheckInvariants(new string(chars.ToArray()));
    }

    [Property(MaxTest = 1000)]
    public bool Format_then_parse_round_trips(ulong whole, ushort cents, byte currency, bool withFraction)
    {
        decimal amount = (decimal)(whole >> (int)(whole % 64)) + (withFraction ? (cents % 10000) / 10000m : 0m);
        string code = Codes[currency % Codes.Length];
        string text = KoreanNumberFormatter.Format(amount, code);
        return MoneyParser.Default.TryParse(text, out MoneyValue v) && v.Amount == amount && v.Currency == code && !v.IsApproximate;
    }

    [Property(MaxTest = 500)]
    public bool Negative_amounts_round_trip_through_the_formatter(ulong whole, byte currency)
    {
        decimal amount = -(decimal)((whole >> (int)(whole % 64)) + 1);
        string code = Codes[currency % Codes.Length];
        string text = KoreanNumberFormatter.Format(amount, code);
        return MoneyParser.Default.TryParse(text, out MoneyValue v) && v.Amount == amount && v.Currency == code;
    }

    [Property(MaxTest = 300)]
    public bool Formatted_amounts_are_found_inside_sentences(uint high, uint low, byte currency)
    {
        decimal amount = ((decimal)high * 100_000_000m) + low;
        string code = Codes[currency % Codes.Length];
        string money = KoreanNumberFormatter.Format(amount, code);
        string sentence = "회사는 지난 23일 " + money + "을 투자했다고 밝혔다.";
        IReadOnlyList<MoneyMention> all = MoneyParser.Default.FindAll(sentence);
        return all.Count == 1 && all[0].Amount == amount && all[0].Currency == code && all[0].Text == money;
    }
}
