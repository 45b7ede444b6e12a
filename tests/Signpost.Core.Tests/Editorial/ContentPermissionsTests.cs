using Signpost.Core.Accounts;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Permissions;

namespace Signpost.Core.Tests.Editorial;

public sealed class ContentPermissionsTests
{
    private static readonly Guid Own = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();

    public static TheoryData<ContentOperation> Operations() => new(Enum.GetValues<ContentOperation>());

    [Theory]
    [MemberData(nameof(Operations))]
    public void Administrators_and_directory_managers_may_do_everything(ContentOperation operation)
    {
        foreach (var role in new[] { Roles.Administrator, Roles.DirectoryManager })
        {
            Assert.True(ContentPermissions.Allows(new ContentActor([role], null), operation, new ContentResource(ContentKind.Service, Other, false)));
        }
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void Participation_officers_may_do_nothing_on_content(ContentOperation operation)
    {
        Assert.False(ContentPermissions.Allows(new ContentActor([Roles.ParticipationOfficer], Own), operation, new ContentResource(ContentKind.Service, Own, true)));
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void Editors_may_do_nothing_on_another_organisations_items(ContentOperation operation)
    {
        Assert.False(ContentPermissions.Allows(new ContentActor([Roles.Editor], Own), operation, new ContentResource(ContentKind.Service, Other, true)));
    }

    [Theory]
    [InlineData(ContentOperation.View, true, true)]
    [InlineData(ContentOperation.Edit, true, true)]
    [InlineData(ContentOperation.Submit, true, true)]
    [InlineData(ContentOperation.Rollback, true, true)]
    [InlineData(ContentOperation.Publish, false, true)]
    [InlineData(ContentOperation.Withdraw, false, true)]
    [InlineData(ContentOperation.Restore, false, true)]
    [InlineData(ContentOperation.Approve, false, false)]
    public void Editors_on_their_own_items_publish_only_when_trusted_and_never_approve(ContentOperation operation, bool untrusted, bool trusted)
    {
        var editor = new ContentActor([Roles.Editor], Own);

        Assert.Equal(untrusted, ContentPermissions.Allows(editor, operation, new ContentResource(ContentKind.Service, Own, false)));
        Assert.Equal(trusted, ContentPermissions.Allows(editor, operation, new ContentResource(ContentKind.Service, Own, true)));
    }

    [Fact]
    public void An_editor_without_an_organisation_may_do_nothing()
    {
        Assert.False(ContentPermissions.Allows(new ContentActor([Roles.Editor], null), ContentOperation.View, new ContentResource(ContentKind.Service, null, false)));
    }

    [Fact]
    public void Nobody_without_a_role_may_do_anything()
    {
        Assert.False(ContentPermissions.Allows(new ContentActor([], Own), ContentOperation.View, new ContentResource(ContentKind.Service, Own, true)));
    }
}
