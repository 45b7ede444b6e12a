namespace Signpost.Web.Features.YoungPeople;

public sealed record YoungPeopleTopic(string Slug, string Title, string Words);
