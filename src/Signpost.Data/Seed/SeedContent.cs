using Signpost.Core.Content;
using Signpost.Core.Feedback;

namespace Signpost.Data.Seed;

/// <summary>Everything read from a content-seed folder, validated and linked, ready to import.</summary>
public sealed class SeedContent
{
    public List<Organisation> Organisations { get; } = [];
    public List<Location> Locations { get; } = [];
    public List<TaxonomyTerm> Terms { get; } = [];
    public List<Service> Services { get; } = [];
    public List<Page> Pages { get; } = [];
    public List<PostcodePoint> Postcodes { get; } = [];
    public List<Place> Places { get; } = [];
    public List<SynonymGroup> SynonymGroups { get; } = [];
    public List<FeedbackTheme> FeedbackThemes { get; } = [];
    public List<SafeguardingPhrase> SafeguardingPhrases { get; } = [];

    /// <summary>Demo feedback (IsDemo): it shows what the participation reports do before real feedback arrives.</summary>
    public List<FeedbackResponse> DemoFeedback { get; } = [];

    public List<YouSaidWeDid> YouSaidWeDid { get; } = [];
}
