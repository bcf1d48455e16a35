<#
.SYNOPSIS
    Builds the Tamara plugin; a thin wrapper over `dotnet build`, whose MSBuild files (build/) hold all the logic.
.EXAMPLE
    ./build.ps1                                   # dist/Payments.Tamara.zip
    ./build.ps1 -Output C:\drops                  # C:\drops\Payments.Tamara.zip
    ./build.ps1 -NopSource C:\nopCommerce\src     # builds into C:\nopCommerce\src\Presentation\Nop.Web\Plugins\Payments.Tamara
#>
param(
    [string] $Configuration = "Release",
    [string] $NopSource = "",
    [string] $Output = ""
)

$ErrorActionPreference = "Stop"

$arguments = @("build", (Join-Path $PSScriptRoot "Nop.Plugin.Payments.Tamara.sln"), "-c", $Configuration)
if ($NopSource) { $arguments += "-p:NopSource=$((Resolve-Path $NopSource).Path.TrimEnd("\", "/"))" }
if ($Output) {
    $outputDir = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($Output).TrimEnd("\", "/")
    $arguments += "-p:PackageOutputDir=$outputDir"
}

& dotnet @arguments
exit $LASTEXITCODE
