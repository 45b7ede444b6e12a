namespace Signpost.Web.Features.StoreOutage;

public sealed record LastGoodPage(string ContentType, byte[] Body, DateTimeOffset KeptAt);
