using KoNewsParse.Text;

namespace KoNewsParse.Tests.Text;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("\uFEFF삼성", "삼성")]
    [InlineData("a\r\nb", "a\nb")]
    [InlineData("a\rb", "a\nb")]
    [InlineData("300\u00A0억원", "300 억원")]
    [InlineData("３００억원", "300억원")]
    [InlineData("（주）삼성", "(주)삼성")]
    [InlineData("a\u3000b", "a b")]
    [InlineData("a\u200Bb", "ab")]
    [InlineData("", "")]
    public void Normalize_maps_characters(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input).Text);
    }

    [Fact]
    public void Offsets_map_back_to_the_original_after_removals()
    {
        const string input = "\uFEFF첫 줄\r\n둘째\u200B 줄\r\n300억원";
        NormalizedText n = TextNormalizer.Normalize(input);
        int normalizedOffset = n.Text.IndexOf("300억원", StringComparison.Ordinal);
        int original = n.ToOriginalOffset(normalizedOffset);
        Assert.Equal("300억원", input.Substring(original, 5));
        Assert.Equal(0, n.ToOriginalOffset(0) - 1); // the BOM was before the first character
        Assert.Equal(4, n.RemovedCount);
    }

    [Fact]
    public void Every_normalized_character_maps_to_an_equivalent_original_character()
    {
        const string input = "\uFEFFA\r\nＢ\u200B\u00A0c\rd";
        NormalizedText n = TextNormalizer.Normalize(input);
        for (int i = 0; i < n.Text.Length; i++)
        {
            char original = input[n.ToOriginalOffset(i)];
            Assert.Equal(n.Text[i], original == '\r' ? '\n' : TextNormalizer.Map(original));
        }
    }
}
