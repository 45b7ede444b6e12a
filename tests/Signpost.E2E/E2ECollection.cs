namespace Signpost.E2E;

/// <summary>
/// Every browser test joins this collection so the app and the browser start
/// once per run. Tests in one collection run one at a time, which also keeps a
/// 2-core machine from being swamped by parallel browsers.
/// Usage: <c>[Collection(E2ECollection.Name)]</c> and take
/// <see cref="SiteFixture"/> and <see cref="BrowserFixture"/> in the constructor.
/// </summary>
[CollectionDefinition(Name)]
public sealed class E2ECollection : ICollectionFixture<SiteFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "Signpost end-to-end";
}
