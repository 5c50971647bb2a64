'use strict';

const { box } = require('tiny-box');
const { cardLines } = require('./card');

console.log(box(cardLines()));
