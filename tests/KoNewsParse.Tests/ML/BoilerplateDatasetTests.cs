using FsCheck;
using FsCheck.Xunit;
using KoNewsParse.ML.Boilerplate;

namespace KoNewsParse.Tests.ML;

public sealed class BoilerplateDatasetTests
{
    private static BoilerplateDataset Parse(string text) => BoilerplateDataset.Parse(new StringReader(text));

    [Fact]
    public void Empty_lines_separate_articles_and_comments_and_header_are_skipped()
    {
        BoilerplateDataset d = Parse("# comment\nlabel\ttext\nbody\t첫 기사 본문이다.\nboilerplate\tⓒ 새벽경제\n\n\nBODY\t둘째 기사 본문이다.\n");
        Assert.Equal(2, d.Articles.Count);
        Assert.Equal([false, true], d.Articles[0].Select(p => p.IsBoilerplate));
        Assert.Equal("둘째 기사 본문이다.", d.Articles[1][0].Text);
        Assert.Equal(7, d.Articles[1][0].LineNumber);
    }

    [Fact]
    public void A_file_without_article_breaks_is_read_as_one_paragraph_articles()
    {
        BoilerplateDataset d = Parse("body\t가\nboilerplate\t나\nbody\t다\n");
        Assert.Equal(3, d.Articles.Count);
        Assert.All(d.Articles, a => Assert.Single(a));
    }

    [Theory]
    [InlineData("body 탭 없음\n", 1, "no tab")]
    [InlineData("body\t좋다\nnoise\t나쁘다\n", 2, "unknown label 'noise'")]
    [InlineData("body\t좋다\n\nboilerplate\t   \n", 3, "empty text")]
    [InlineData("body\t가\t나\n", 1, "more than one tab")]
    public void Malformed_rows_report_their_line(string text, int line, string message)
    {
        var e = Assert.Throws<BoilerplateDatasetException>(() => Parse(text));
        Assert.Equal(line, e.LineNumber);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.StartsWith($"line {line}:", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n\n")]
    [InlineData("label\ttext\n")]
    public void Data_without_rows_is_rejected(string text) => Assert.Throws<BoilerplateDatasetException>(() => Parse(text));

    [Theory]
    [InlineData(10, 5, 2)]
    [InlineData(4, 5, 1)]
    [InlineData(12, 3, 4)]
    public void Split_holds_out_every_kth_article(int articles, int k, int expectedHeldOut)
    {
        var data = new BoilerplateDataset([.. Enumerable.Range(0, articles).Select(i => (IReadOnlyList<LabelledParagraph>)[new LabelledParagraph($"기사 {i}", i % 2 == 0)])]);
        (BoilerplateDataset train, BoilerplateDataset heldOut) = data.Split(k);
        Assert.Equal(expectedHeldOut, heldOut.Articles.Count);
        Assert.Equal(articles, train.Articles.Count + heldOut.Articles.Count);
        Assert.Empty(train.Articles.Select(a => a[0].Text).Intersect(heldOut.Articles.Select(a => a[0].Text)));
        Assert.Equal(heldOut.Articles.Select(a => a[0].Text), data.Split(k).HeldOut.Articles.Select(a => a[0].Text));
    }

    [Fact]
    public void Training_needs_both_labels()
    {
        BoilerplateDataset d = Parse("body\t가\n\nbody\t나\n\nbody\t다\n");
        var e = Assert.Throws<BoilerplateDatasetException>(() => BoilerplateTrainer.Train(d));
        Assert.Contains("both", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Training_needs_two_articles()
        => Assert.Throws<BoilerplateDatasetException>(() => BoilerplateTrainer.Train(Parse("body\t가\nboilerplate\t나\n\n")));

    [Theory]
    [InlineData(8, 2, 1, 9, 0.8, 0.8888889, 0.8421053, 0.85)]
    [InlineData(0, 0, 3, 7, 0.0, 0.0, 0.0, 0.7)]
    public void Metrics_follow_their_definitions(int tp, int fp, int fn, int tn, double p, double r, double f1, double acc)
    {
        BoilerplateMetrics m = BoilerplateMetrics.FromCounts(tp, fp, fn, tn);
        Assert.Equal(p, m.Precision, 5);
        Assert.Equal(r, m.Recall, 5);
        Assert.Equal(f1, m.F1, 5);
        Assert.Equal(acc, m.Accuracy, 5);
        Assert.Equal(tp + fp + fn + tn, m.Count);
    }

    [Property(MaxTest = 300)]
    public bool Arbitrary_text_either_parses_or_fails_with_a_dataset_error(string? text)
    {
        try
        {
            BoilerplateDataset d = Parse(text ?? string.Empty);
            return d.ParagraphCount > 0 && d.Articles.All(a => a.Count > 0 && a.All(p => p.Text.Length > 0 && p.LineNumber > 0));
        }
        catch (BoilerplateDatasetException)
        {
            return true;
        }
    }

    [Property(MaxTest = 100)]
    public bool Written_datasets_parse_back_identically(NonEmptyArray<NonEmptyArray<bool>> labels)
    {
        var articles = labels.Get.Select((a, i) => (IReadOnlyList<LabelledParagraph>)[.. a.Get.Select((b, j) => new LabelledParagraph($"기사{i} 문단{j}", b))]).ToArray();
        string tsv = string.Join("\n\n", articles.Select(a => string.Join("\n", a.Select(p => (p.IsBoilerplate ? "boilerplate\t" : "body\t") + p.Text))));
        BoilerplateDataset back = Parse(tsv);
        bool oneLineArticles = articles.Length == 1;
        return oneLineArticles
            ? back.Articles.SelectMany(a => a).Select(p => (p.Text, p.IsBoilerplate)).SequenceEqual(articles[0].Select(p => (p.Text, p.IsBoilerplate)))
            : back.Articles.Count == articles.Length
                && back.Articles.Zip(articles).All(x => x.First.Select(p => (p.Text, p.IsBoilerplate)).SequenceEqual(x.Second.Select(p => (p.Text, p.IsBoilerplate))));
    }
}
