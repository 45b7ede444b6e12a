using Signpost.Core.Feedback;

namespace Signpost.Core.Tests.Feedback;

public class FeedbackDuplicateKeyTests
{
    private static readonly Guid Service = Guid.Parse("3d9e6f0a-8a39-4a4e-9a52-1c1f2a3b4c5d");

    [Fact]
    public void The_same_words_with_other_case_and_spacing_give_the_same_key() =>
        Assert.Equal(
            FeedbackDuplicateKey.For(Service, RespondentType.YoungPerson, 5, "Great club, staff listened!"),
            FeedbackDuplicateKey.For(Service, RespondentType.YoungPerson, 5, "  great CLUB staff   listened "));

    [Fact]
    public void Another_service_respondent_rating_or_text_gives_another_key()
    {
        var key = FeedbackDuplicateKey.For(Service, RespondentType.YoungPerson, 5, "Great club");
        Assert.NotEqual(key, FeedbackDuplicateKey.For(null, RespondentType.YoungPerson, 5, "Great club"));
        Assert.NotEqual(key, FeedbackDuplicateKey.For(Service, RespondentType.ParentCarer, 5, "Great club"));
        Assert.NotEqual(key, FeedbackDuplicateKey.For(Service, RespondentType.YoungPerson, 4, "Great club"));
        Assert.NotEqual(key, FeedbackDuplicateKey.For(Service, RespondentType.YoungPerson, 5, "Good club"));
        Assert.Equal(64, key.Length);
    }
}
