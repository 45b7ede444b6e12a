using System.Security.Claims;

namespace Signpost.Web.Features.Editor.Workflow;

/// <summary>Who a version or review is recorded against.</summary>
public static class EditorUser
{
    public static string Id(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown";

    public static string Name(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "unknown";
}
