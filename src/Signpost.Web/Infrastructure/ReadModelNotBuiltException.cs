namespace Signpost.Web.Infrastructure;

/// <summary>
/// A read of this node's read model (the search index) before it could be built, because the store has
/// not answered since the node started. <see cref="StoreUnavailable"/> counts it as the store being down,
/// so visitors get the "unavailable" page rather than an error.
/// </summary>
public sealed class ReadModelNotBuiltException() : InvalidOperationException("The search index has not been built yet: the store has not answered since this node started.");
