namespace Signpost.Web.Features.OpenReferral.Api;

public static class OpenReferralApiRegistration
{
    /// <summary>The ORUK publish API's options, answer cache, OpenAPI document and reader; its routes are mapped by <see cref="OrukApi.MapOpenReferralApi"/>.</summary>
    public static WebApplicationBuilder AddSignpostOpenReferralApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<OrukApiOptions>().BindConfiguration(OrukApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<OrukResponseCache>();
        builder.Services.AddSingleton<OrukOpenApiDocument>();
        builder.Services.AddScoped<OrukReader>();
        return builder;
    }
}
