using Signpost.Core.Accounts;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Permissions;

namespace Signpost.Core.Tests.Editorial;

/// <summary>The rules for pages, organisations and venues, beside the services' rules in <see cref="ContentPermissionsTests"/>.</summary>
public sealed class ContentKindPermissionsTests
{
    private static readonly Guid Own = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();
    private static readonly ContentActor Editor = new([Roles.Editor], Own);

    public static TheoryData<ContentOperation> Operations() => new(Enum.GetValues<ContentOperation>());

    [Theory]
    [MemberData(nameof(Operations))]
    public void Pages_are_for_managers_only(ContentOperation operation)
    {
        var page = new ContentResource(ContentKind.Page, null, false);
        Assert.True(ContentPermissions.Allows(new ContentActor([Roles.Administrator], null), operation, page));
        Assert.True(ContentPermissions.Allows(new ContentActor([Roles.DirectoryManager], null), operation, page));
        Assert.False(ContentPermissions.Allows(Editor, operation, page));
        Assert.False(ContentPermissions.Allows(Editor, operation, new ContentResource(ContentKind.Page, Own, true)));
        Assert.False(ContentPermissions.Allows(new ContentActor([Roles.ParticipationOfficer], Own), operation, page));
    }

    [Theory]
    [InlineData(ContentKind.Organisation)]
    [InlineData(ContentKind.Location)]
    public void Editors_change_their_own_organisation_and_venues_publish_only_when_trusted_and_never_withdraw(ContentKind kind)
    {
        foreach (var trusted in new[] { false, true })
        {
            var own = new ContentResource(kind, Own, trusted);
            Assert.True(ContentPermissions.Allows(Editor, ContentOperation.View, own));
            Assert.True(ContentPermissions.Allows(Editor, ContentOperation.Edit, own));
            Assert.True(ContentPermissions.Allows(Editor, ContentOperation.Submit, own));
            Assert.True(ContentPermissions.Allows(Editor, ContentOperation.Rollback, own));
            Assert.Equal(trusted, ContentPermissions.Allows(Editor, ContentOperation.Publish, own));
            Assert.False(ContentPermissions.Allows(Editor, ContentOperation.Approve, own));
            Assert.False(ContentPermissions.Allows(Editor, ContentOperation.Withdraw, own));
            Assert.False(ContentPermissions.Allows(Editor, ContentOperation.Restore, own));
            Assert.False(ContentPermissions.Allows(Editor, ContentOperation.Trust, own));
            Assert.False(ContentPermissions.Allows(Editor, ContentOperation.View, new ContentResource(kind, Other, trusted)));
        }
    }

    [Fact]
    public void Only_managers_grant_trust()
    {
        var organisation = new ContentResource(ContentKind.Organisation, Own, false);
        Assert.True(ContentPermissions.Allows(new ContentActor([Roles.DirectoryManager], null), ContentOperation.Trust, organisation));
        Assert.True(ContentPermissions.Allows(new ContentActor([Roles.Administrator], null), ContentOperation.Trust, organisation));
        Assert.False(ContentPermissions.Allows(Editor, ContentOperation.Trust, organisation));
    }

    [Fact]
    public void A_new_organisation_has_no_owner_so_only_managers_create_one()
    {
        var unborn = new ContentResource(ContentKind.Organisation, null, false);
        Assert.False(ContentPermissions.Allows(Editor, ContentOperation.Edit, unborn));
        Assert.True(ContentPermissions.Allows(new ContentActor([Roles.DirectoryManager], null), ContentOperation.Edit, unborn));
    }

    [Fact]
    public void A_venue_belongs_to_the_one_organisation_whose_services_use_it()
    {
        var resource = LocationOwnership.Resource([(Own, true), (Own, true)], creator: (Other, false));
        Assert.Equal(new ContentResource(ContentKind.Location, Own, true), resource);
    }

    [Fact]
    public void A_shared_venue_belongs_to_nobody_so_only_managers_change_it()
    {
        var resource = LocationOwnership.Resource([(Own, true), (Other, false)], creator: (Own, true));
        Assert.Null(resource.OrganisationId);
        Assert.False(ContentPermissions.Allows(Editor, ContentOperation.Edit, resource));
    }

    [Fact]
    public void An_unused_venue_belongs_to_whoever_created_it_or_else_to_nobody()
    {
        Assert.Equal(Own, LocationOwnership.Resource([], creator: (Own, false)).OrganisationId);
        Assert.Null(LocationOwnership.Resource([], creator: null).OrganisationId);
    }
}
