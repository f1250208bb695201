using System.Text;
using System.Text.Json;
using KoNewsParse.Articles;
using KoNewsParse.Money;

namespace KoNewsParse.Tests.Money;

public class MoneyPipelineTests
{
    private const string Article =
        "테스트전자, 해외 공장 증설\n\n" +
        "테스트전자는 미국 공장에 4000만달러(약 475억원)를 투자한다고 밝혔다.\n\n" +
        "회사는 부품 450여개를 현지에서 조달하고, 국내에는 수백억원을 추가로 쓸 계획이다.\n";

    [Fact]
    public void Article_pipeline_reports_money_and_quantities_with_article_offsets()
    {
        ParsedArticle article = ArticleParser.Default.Parse(Article);
        Assert.Equal(2, article.Money.Count);
        foreach (MoneyMention m in article.Money)
        {
            Assert.Equal(m.Text, article.Text.Substring(m.Offset, m.Length));
        }

        Assert.Equal("4000만달러(약 475억원)", article.Money[0].Text);
        Assert.Equal(47_500_000_000m, article.Money[0].Equivalent!.Value.Amount);
        Assert.Equal("수백억원", article.Money[1].Text);

        QuantityMention q = Assert.Single(article.Quantities);
        Assert.Equal("450여개", article.Text.Substring(q.Offset, q.Length));
    }

    [Fact]
    public void Json_contract_carries_exact_amounts_bounds_and_equivalents()
    {
        ParsedArticle article = ArticleParser.Default.Parse(Article);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            ArticleJsonWriter.Write(writer, article, "-");
        }

        using JsonDocument doc = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        JsonElement money = doc.RootElement.GetProperty("money");
        Assert.Equal(2, money.GetArrayLength());
        Assert.Equal(40000000m, money[0].GetProperty("amount").GetDecimal());
        Assert.Equal("USD", money[0].GetProperty("currency").GetString());
        Assert.Equal("KRW", money[0].GetProperty("equivalent").GetProperty("currency").GetString());
        Assert.True(money[0].GetProperty("equivalent").GetProperty("approximate").GetBoolean());
        Assert.Equal(10_000_000_000m, money[1].GetProperty("min").GetDecimal());
        Assert.Equal(90_000_000_000m, money[1].GetProperty("max").GetDecimal());
        Assert.True(money[1].GetProperty("approximate").GetBoolean());
        JsonElement quantity = doc.RootElement.GetProperty("quantities")[0];
        Assert.Equal(450m, quantity.GetProperty("value").GetDecimal());
        Assert.Equal("개", quantity.GetProperty("unit").GetString());
    }
}
