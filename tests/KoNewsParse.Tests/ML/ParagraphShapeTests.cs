using FsCheck;
using FsCheck.Xunit;
using KoNewsParse.ML.Boilerplate;

namespace KoNewsParse.Tests.ML;

public sealed class ParagraphShapeTests
{
    private static float[] Features(string text, int index = 1, int count = 5)
    {
        var f = new float[ParagraphShape.FeatureCount];
        ParagraphShape.Compute(text, index, count, f);
        return f;
    }

    private static float Feature(string name, string text, int index = 1, int count = 5)
        => Features(text, index, count)[ParagraphShape.FeatureNames.ToList().IndexOf(name)];

    [Fact]
    public void Feature_names_match_the_vector_length()
    {
        Assert.Equal(ParagraphShape.FeatureCount, ParagraphShape.FeatureNames.Count);
        Assert.Equal(ParagraphShape.FeatureCount, ParagraphShape.FeatureNames.Distinct().Count());
    }

    [Fact]
    public void Every_rule_kind_has_its_own_one_hot_slot()
    {
        foreach (KoNewsParse.Duplicates.BoilerplateKind kind in Enum.GetValues<KoNewsParse.Duplicates.BoilerplateKind>())
        {
            if (kind != KoNewsParse.Duplicates.BoilerplateKind.None)
            {
                Assert.Contains("Rule" + kind, ParagraphShape.FeatureNames);
            }
        }
    }

    [Theory]
    [InlineData("ⓒ 새벽경제, 무단 전재 및 재배포 금지", "RuleCopyright")]
    [InlineData("사진=하람식품 제공", "RulePhotoCaption")]
    public void The_rule_kind_is_one_hot_encoded(string text, string slot)
    {
        float[] f = Features(text);
        Assert.Equal(1f, f[0]);
        Assert.Equal(1f, f[ParagraphShape.FeatureNames.ToList().IndexOf(slot)]);
        Assert.Equal(1f, f.Skip(24).Sum());
    }

    [Theory]
    [InlineData("문의는 tip@hanbit.example 으로 보내 주세요", true)]
    [InlineData("한지우 기자 jiwoo.han+news@mail.daon.example", true)]
    [InlineData("카카오톡 @hangyeol 채널", false)]
    [InlineData("a@b", false)]
    [InlineData("가격은 3@4.", false)]
    [InlineData("주소 끝 user@host.", false)]
    [InlineData("", false)]
    public void Email_detection(string text, bool expected) => Assert.Equal(expected, ParagraphShape.HasEmail(text));

    [Theory]
    [InlineData("실적이 크게 늘었다.", "EndsWithDa", 1f)]
    [InlineData("\"내년에는 나아질 것\"이라고 말했다", "EndsWithDa", 1f)]
    [InlineData("좋은 소식을 받아보세요.", "EndsWithYo", 1f)]
    [InlineData("좋은 소식을 받아보세요.", "EndsWithDa", 0f)]
    [InlineData("ⓒ 새벽경제 무단전재 금지", "HasCopyright", 1f)]
    [InlineData("Copyright 2026 Example. All rights reserved", "HasCopyright", 1f)]
    [InlineData("회사는 저작권 분쟁 중이다.", "HasCopyright", 0f)]
    [InlineData("사진=하람식품 제공", "HasPhotoCredit", 1f)]
    [InlineData("회사는 사진을 공개했다.", "HasPhotoCredit", 0f)]
    [InlineData("▶ 관련기사", "StartsWithBullet", 1f)]
    [InlineData("· 하람식품 3분기 실적", "StartsWithBullet", 1f)]
    [InlineData("하람식품 3분기 실적", "StartsWithBullet", 0f)]
    [InlineData("[새벽경제=정민아 기자]", "HasBracket", 1f)]
    [InlineData("댓글 0 | 공유", "HasPipe", 1f)]
    [InlineData("원문 http://news.example/1", "HasUrl", 1f)]
    [InlineData("짧은 줄", "IsShort", 1f)]
    public void Shape_feature_values(string text, string feature, float expected) => Assert.Equal(expected, Feature(feature, text));

    [Theory]
    [InlineData(0, 1, 0f, 1f, 1f)]
    [InlineData(0, 5, 0f, 1f, 0f)]
    [InlineData(4, 5, 1f, 0f, 1f)]
    [InlineData(2, 5, 0.5f, 0f, 0f)]
    [InlineData(9, 5, 1f, 0f, 1f)]
    [InlineData(-1, 5, 0f, 1f, 0f)]
    public void Position_features_are_clamped_to_the_article(int index, int count, float relative, float first, float last)
    {
        Assert.Equal(relative, Feature("RelativePosition", "본문", index, count));
        Assert.Equal(first, Feature("IsFirst", "본문", index, count));
        Assert.Equal(last, Feature("IsLast", "본문", index, count));
    }

    [Fact]
    public void Ratios_count_digits_and_hangul()
    {
        Assert.Equal(0.5f, Feature("DigitRatio", "12가나"));
        Assert.Equal(0.5f, Feature("HangulRatio", "12가나"));
    }

    [Fact]
    public void A_too_small_destination_is_rejected()
        => Assert.Throws<ArgumentException>(() => ParagraphShape.Compute("본문", 0, 1, new float[3]));

    [Property(MaxTest = 300)]
    public bool Features_are_always_finite(string? text, int index, int count)
        => Features(text ?? string.Empty, index, count).All(float.IsFinite);
}
