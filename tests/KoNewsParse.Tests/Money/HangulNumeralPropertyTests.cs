using System.Text;
using FsCheck.Xunit;
using KoNewsParse.Money;

namespace KoNewsParse.Tests.Money;

public class HangulNumeralPropertyTests
{
    private const string Digits = "영일이삼사오육칠팔구";
    private static readonly (ulong Unit, char Name)[] Big = [(10_000_000_000_000_000UL, '경'), (1_000_000_000_000UL, '조'), (100_000_000UL, '억'), (10_000UL, '만'), (1UL, '\0')];
    private static readonly (int Unit, char Name)[] Small = [(1000, '천'), (100, '백'), (10, '십')];

    // An independent speller for the test: 4천746억 style groups written in Hangul (이천오백삼십일만 …). A group below ten
    // after a higher group is written in Arabic digits (일만5원), because a lone Hangul digit right after 만/억/조/경 is
    // read as a particle (오백억이 = 500억 + 이), which is the documented convention.
    private static string Spell(ulong n)
    {
        var sb = new StringBuilder();
        ulong rest = n;
        foreach ((ulong unit, char name) in Big)
        {
            ulong g = rest / unit;
            rest %= unit;
            if (g == 0)
            {
                continue;
            }

            if (sb.Length > 0 && g < 10)
            {
                sb.Append(g);
            }
            else
            {
                int v = (int)g;
                foreach ((int su, char sn) in Small)
                {
                    int d = v / su;
                    v %= su;
                    if (d == 0)
                    {
                        continue;
                    }

                    if (d > 1 || sb.Length == 0)
                    {
                        sb.Append(Digits[d]);
                    }

                    sb.Append(sn);
                }

                if (v > 0)
                {
                    sb.Append(Digits[v]);
                }
            }

            if (name != '\0')
            {
                sb.Append(name);
            }
        }

        return sb.ToString();
    }

    [Property(MaxTest = 1000)]
    public bool Spelled_out_hangul_amounts_parse_to_the_same_number(ulong raw)
    {
        ulong n = 10 + ((raw >> (int)(raw % 60)) / 2);

        string text = Spell(n) + "원";
        return MoneyParser.Default.TryParse(text, out MoneyValue v) && v.Amount == n && v.Currency == "KRW";
    }

    [Theory]
    [InlineData(10UL, "일십")]
    [InlineData(25UL, "이십오")]
    [InlineData(1500UL, "일천오백")]
    [InlineData(250000UL, "이십오만")]
    [InlineData(120000000UL, "일억이천만")]
    [InlineData(100000005UL, "일억5")]
    public void Speller_writes_what_news_writes(ulong n, string expected) => Assert.Equal(expected, Spell(n));
}
