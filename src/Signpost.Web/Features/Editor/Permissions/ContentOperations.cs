using Signpost.Core.Editorial.Permissions;

namespace Signpost.Web.Features.Editor.Permissions;

/// <summary>The requirements to pass to <c>IAuthorizationService.AuthorizeAsync(user, resource, requirement)</c>.</summary>
public static class ContentOperations
{
    public static readonly ContentOperationRequirement View = new(ContentOperation.View);
    public static readonly ContentOperationRequirement Edit = new(ContentOperation.Edit);
    public static readonly ContentOperationRequirement Submit = new(ContentOperation.Submit);
    public static readonly ContentOperationRequirement Publish = new(ContentOperation.Publish);
    public static readonly ContentOperationRequirement Approve = new(ContentOperation.Approve);
    public static readonly ContentOperationRequirement Withdraw = new(ContentOperation.Withdraw);
    public static readonly ContentOperationRequirement Restore = new(ContentOperation.Restore);
    public static readonly ContentOperationRequirement Rollback = new(ContentOperation.Rollback);
    public static readonly ContentOperationRequirement Trust = new(ContentOperation.Trust);

    public static ContentOperationRequirement For(ContentOperation operation) => new(operation);
}
