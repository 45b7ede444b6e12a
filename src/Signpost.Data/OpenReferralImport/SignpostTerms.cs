using Signpost.Core.Content;
using Signpost.Data.Seed;

namespace Signpost.Data.OpenReferralImport;

/// <summary>
/// A feed's terms with those of our own audience, access route and delivery mode taxonomies (as another
/// Signpost publishes them) read back as our values; <see cref="Others"/> are the rest, for categories,
/// needs, outcomes and imported terms.
/// </summary>
public sealed record SignpostTerms(IReadOnlyList<Audience> Audiences, IReadOnlyList<AccessRoute> AccessRoutes, IReadOnlyList<DeliveryMode> DeliveryModes, IReadOnlyList<FeedTerm> Others)
{
    public static SignpostTerms Split(IEnumerable<FeedTerm> terms)
    {
        var audiences = new List<Audience>();
        var routes = new List<AccessRoute>();
        var modes = new List<DeliveryMode>();
        var others = new List<FeedTerm>();
        foreach (var term in terms)
        {
            // A term of our taxonomy whose code we do not know (a newer publisher's) is kept as an imported term, not lost.
            var known = (SignpostTaxonomy.Audiences.Holds(term) && Add(term, audiences))
                || (SignpostTaxonomy.AccessRoutes.Holds(term) && Add(term, routes))
                || (SignpostTaxonomy.DeliveryModes.Holds(term) && Add(term, modes));
            if (!known)
            {
                others.Add(term);
            }
        }

        return new SignpostTerms(audiences.Distinct().Order().ToList(), routes.Distinct().Order().ToList(), modes.Distinct().Order().ToList(), others);
    }

    /// <summary>The term's code ("parents-carers"), else its name read the same way ("Young people").</summary>
    private static bool Add<TEnum>(FeedTerm term, List<TEnum> values)
        where TEnum : struct, Enum
    {
        if (Vocabulary.TryParse<TEnum>(term.Code?.Trim(), out var value) || Vocabulary.TryParse(term.Name.Trim(), out value))
        {
            values.Add(value);
            return true;
        }

        return false;
    }
}
