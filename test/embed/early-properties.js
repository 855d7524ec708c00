// Runs before the element's code has arrived (this module comes before the entry): a page script that sets a
// property and an attribute on the element while it is still a plain, undefined element.
const kaart = document.querySelector('leerroutes-kaart');
if (customElements.get('leerroutes-kaart')) throw new Error('the element was defined too early for this test');
kaart.routeType = 'DLR';
kaart.setAttribute('region', 'Twente');
