using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using Signpost.Web.Infrastructure.Security;

namespace Signpost.Web.Tests.Security;

public sealed class SignInRateLimitOptionsTests
{
    [Fact]
    public void A_limit_of_zero_stops_the_app_at_start()
    {
        using var factory = new BadLimitFactory();

        var error = Record.Exception(() => factory.Server);

        Assert.IsType<OptionsValidationException>(Unwrap(error));
        Assert.Contains(nameof(SignInRateLimitOptions.PermitLimit), Unwrap(error)!.Message, StringComparison.Ordinal);
    }

    private static Exception? Unwrap(Exception? error) =>
        error is AggregateException { InnerException: { } inner } ? Unwrap(inner) : error;

    private sealed class BadLimitFactory : SignpostWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Signpost:SignIn:PermitLimit", "0");
        }
    }
}
