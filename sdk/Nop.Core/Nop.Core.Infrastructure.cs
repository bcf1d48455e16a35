using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Nop.Core.Infrastructure;

public partial interface INopStartup
{
    void Configure(IApplicationBuilder application);
    void ConfigureServices(IServiceCollection services, IConfiguration configuration);
    int Order { get; }
}
