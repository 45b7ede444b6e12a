using System.Security.Claims;
using Signpost.Core.Accounts;
using Signpost.Core.Feedback;
using Signpost.Web.Features.Participation.Moderation;

namespace Signpost.Web.Tests.Participation.Moderation;

/// <summary>The permission rules on their own: who reads, who moderates.</summary>
public sealed class FeedbackPermissionsTests
{
    private static readonly Guid Own = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();

    [Theory]
    [InlineData(Roles.Administrator, true, true, true)]
    [InlineData(Roles.ParticipationOfficer, true, true, true)]
    [InlineData(Roles.DirectoryManager, false, true, true)]
    [InlineData(Roles.Editor, false, true, false)]
    public void Rules(string role, bool moderates, bool readsOwnApproved, bool readsOtherApproved)
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, role)], "test"));

        Assert.Equal(moderates, FeedbackPermissions.Allows(user, Own, FeedbackOperation.Moderate, new(Own, FeedbackStatus.Pending)));
        Assert.Equal(readsOwnApproved, FeedbackPermissions.Allows(user, Own, FeedbackOperation.Read, new(Own, FeedbackStatus.Approved)));
        Assert.Equal(readsOtherApproved, FeedbackPermissions.Allows(user, Own, FeedbackOperation.Read, new(Other, FeedbackStatus.Approved)));
        Assert.Equal(moderates, FeedbackPermissions.Allows(user, Own, FeedbackOperation.Read, new(Own, FeedbackStatus.Pending)));
        Assert.Equal(moderates, FeedbackPermissions.Allows(user, Own, FeedbackOperation.Read, new(Own, FeedbackStatus.Escalated)));
    }

    [Fact]
    public void An_editor_without_an_organisation_reads_nothing()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.Editor)], "test"));

        Assert.False(FeedbackPermissions.Allows(user, null, FeedbackOperation.Read, new(null, FeedbackStatus.Approved)));
    }
}
