namespace Signpost.Web.Tests;

/// <summary>
/// Read-only page tests share one app and one seeded store. Tests that change the store use
/// their own <see cref="SignpostWebFactory"/> as a class fixture instead.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SignpostSiteCollection : ICollectionFixture<SignpostWebFactory>
{
    public const string Name = "Signpost site (read-only)";
}
