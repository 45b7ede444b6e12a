using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace Signpost.Web.Features.OpenReferral.Import;

/// <summary>
/// Refuses an upload larger than the configured limit before anything reads it: it runs ahead of the
/// antiforgery check (which reads the whole form), sends the person back to the form with a message,
/// and caps the body the server will accept at the limit, for uploads that do not say their size.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ImportUploadLimitAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    /// <summary>Slack for the form's other fields and the multipart framing around the file.</summary>
    public const long FormOverhead = 64 * 1024;

    public int Order => int.MinValue;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsPost(request.Method))
        {
            return;
        }

        var limit = context.HttpContext.RequestServices.GetRequiredService<IOptions<ImportUploadOptions>>().Value.MaxUploadKilobytes * 1024L + FormOverhead;
        if (request.ContentLength > limit)
        {
            context.Result = new RedirectResult("/editor/import?too-large=true");
            return;
        }

        if (context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }
    }
}
