using KoNewsParse.Companies;

namespace KoNewsParse.Tests.Companies;

/// <summary>
/// Sentences built from random gazetteer aliases, particles, cue words and captions: the recognizer must never throw and
/// its mentions must stay inside the text. Guards the evidence logic, whose branches depend on which names co-occur.
/// </summary>
public class CompanyCombinationFuzzTests
{
    [Theory]
    [InlineData("애플 DB")]
    [InlineData("테슬라 DB")]
    [InlineData("[사진=애플 DB]")]
    [InlineData("삼성 LG SK DB 대상 동방")]
    public void Ambiguous_names_next_to_group_like_names_do_not_throw(string text)
    {
        IReadOnlyList<CompanyMention> mentions = CompanyRecognizer.Default.FindAll(text);
        Assert.All(mentions, m => Assert.Equal(text.Substring(m.Offset, m.Length), m.Text));
    }

    [Fact]
    public void Random_combinations_of_gazetteer_aliases_never_throw()
    {
        CompanyGazetteer gazetteer = CompanyGazetteer.Default;
        var aliases = new List<string>();
        for (int i = 0; i < gazetteer.Companies.Count; i += 7)
        {
            aliases.AddRange(gazetteer.GetAliases(gazetteer.Companies[i]));
        }

        string[] glue = [" ", "가 ", "는 ", "와 ", "(주) ", "㈜", " 주가 ", " 그룹 ", " 측은 ", " DB ", "·", ", ", "[사진=", "] ", " 대표 ", "\n"];
        var random = new Random(20261124);
        for (int n = 0; n < 3000; n++)
        {
            var sb = new System.Text.StringBuilder();
            int parts = random.Next(1, 7);
            for (int p = 0; p < parts; p++)
            {
                sb.Append(aliases[random.Next(aliases.Count)]).Append(glue[random.Next(glue.Length)]);
            }

            string text = sb.ToString();
            IReadOnlyList<CompanyMention> mentions = CompanyRecognizer.Default.FindAll(text);
            foreach (CompanyMention m in mentions)
            {
                Assert.True(m.Offset >= 0 && m.Offset + m.Length <= text.Length, text);
            }
        }
    }
}
