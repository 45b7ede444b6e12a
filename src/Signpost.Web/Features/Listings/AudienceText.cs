using Signpost.Core.Content;

namespace Signpost.Web.Features.Listings;

public static class AudienceText
{
    public static string For(Audience audience) => audience switch
    {
        Audience.YoungPeople => "young people",
        Audience.ParentsCarers => "parents and carers",
        Audience.Professionals => "professionals",
        _ => audience.ToString(),
    };

    public static string Slug(Audience audience) => audience switch
    {
        Audience.YoungPeople => "young-people",
        Audience.ParentsCarers => "parents-carers",
        Audience.Professionals => "professionals",
        _ => "",
    };

    public static Audience? Parse(string? slug) => slug switch
    {
        "young-people" => Audience.YoungPeople,
        "parents-carers" => Audience.ParentsCarers,
        "professionals" => Audience.Professionals,
        _ => null,
    };
}
