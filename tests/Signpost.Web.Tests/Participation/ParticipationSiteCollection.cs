namespace Signpost.Web.Tests.Participation;

/// <summary>
/// Moderation, "you said, we did", retention and listing-problem tests share one app: each test
/// makes its own responses and answers, so they do not depend on each other or on the order.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ParticipationSiteCollection : ICollectionFixture<ParticipationSiteFactory>
{
    public const string Name = "Participation site";
}
