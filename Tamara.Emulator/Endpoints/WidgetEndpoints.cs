namespace Tamara.Emulator.Endpoints;

/// <summary>
/// GET /widget-v2/tamara-widget.js: a stand-in for Tamara's widget script (cdn.tamara.co/widget-v2/tamara-widget.js), so a
/// store on the Custom URL environment shows its widgets without Tamara's CDN. It defines the tamara-widget element,
/// reads window.tamaraWidgetConfig and offers window.TamaraWidgetV2.refresh(), as the real script does.
/// </summary>
internal static class WidgetEndpoints
{
    #region Fields

    private const string Script = """
        (function () {
            var config = function () { return window.tamaraWidgetConfig || {}; };
            var render = function (element) {
                var amount = element.getAttribute('amount') || '';
                var arabic = config().lang === 'ar';
                element.textContent = arabic
                    ? 'تمارا (المحاكي): قسّم ' + amount + ' على دفعات، النوع ' + (element.getAttribute('inline-type') || '')
                    : 'Tamara (emulator): split ' + amount + ' in instalments, inline type ' + (element.getAttribute('inline-type') || '');
                element.setAttribute('data-country', config().country || '');
                element.setAttribute('data-public-key', config().publicKey || '');
            };
            if (!window.customElements.get('tamara-widget')) {
                window.customElements.define('tamara-widget', class extends HTMLElement {
                    static get observedAttributes() { return ['amount']; }
                    connectedCallback() { render(this); }
                    attributeChangedCallback() { render(this); }
                });
            }
            window.TamaraWidgetV2 = { refresh: function () { document.querySelectorAll('tamara-widget').forEach(render); } };
        })();
        """;

    #endregion

    #region Methods

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/widget-v2/tamara-widget.js", () => Results.Text(Script, "text/javascript; charset=utf-8"));
    }

    #endregion
}
